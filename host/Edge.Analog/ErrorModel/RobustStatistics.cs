// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>The robust centre and spread the fits standardise with.</summary>
internal static class RobustStatistics
{
    /// <summary>Median of sorted values.</summary>
    public static double Median(ReadOnlySpan<double> sorted)
    {
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
    }

    /// <summary>1.4826 x the median absolute deviation from <paramref name="centre"/> (the normal's sigma), else the standard deviation.</summary>
    public static double Spread(ReadOnlySpan<double> sorted, double centre)
    {
        var deviations = new double[sorted.Length];
        double mean = 0;
        for (int i = 0; i < deviations.Length; i++)
        {
            deviations[i] = Math.Abs(sorted[i] - centre);
            mean += sorted[i];
        }

        Array.Sort(deviations);
        double mad = 1.4826 * Median(deviations);
        if (mad > 0)
        {
            return mad;
        }

        mean /= sorted.Length;
        double sum = 0;
        foreach (double v in sorted)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / sorted.Length);
    }
}
