// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>The one-sample Kolmogorov-Smirnov statistic, the goodness of fit reported per level.</summary>
public static class KolmogorovSmirnov
{
    /// <summary>
    /// D = sup |F_n(x) - F(x)| between the empirical distribution of <paramref name="samples"/> and the model CDF
    /// <paramref name="cdf"/> (the same statistic as scipy.stats.kstest). 0 = perfect; about 1.36/sqrt(n) is the
    /// 5 % critical value for n samples when the parameters were not fitted on them.
    /// </summary>
    public static double Statistic(ReadOnlySpan<double> samples, Func<double, double> cdf)
    {
        ArgumentNullException.ThrowIfNull(cdf);
        if (samples.Length == 0)
        {
            throw new ArgumentException("need at least one sample", nameof(samples));
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        var n = (double)sorted.Length;
        var d = 0.0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var f = cdf(sorted[i]);
            d = Math.Max(d, Math.Max(f - (i / n), ((i + 1) / n) - f));
        }

        return d;
    }
}
