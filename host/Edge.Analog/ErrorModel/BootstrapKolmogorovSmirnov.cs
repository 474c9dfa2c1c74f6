// SPDX-License-Identifier: MIT
using MathNet.Numerics.Distributions;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// The parametric-bootstrap p-value of a Kolmogorov-Smirnov test of a fitted Student's t (Lilliefors' idea): the
/// tabulated KS distribution assumes parameters fixed in advance, and with fitted ones it would call almost every fit
/// good. Here each replicate draws as many samples from the fitted t, refits them the same way (same prior) and
/// computes its D; p = (1 + #{D* &gt;= D}) / (1 + replicates).
/// </summary>
public static class BootstrapKolmogorovSmirnov
{
    /// <summary>The statistic D of <paramref name="samples"/> against <paramref name="fit"/> and its bootstrap p-value.</summary>
    /// <param name="samples">The samples the fit used.</param>
    /// <param name="fit">The fitted parameters.</param>
    /// <param name="prior">The prior the fit used (replicates are refitted with it).</param>
    /// <param name="replicates">Bootstrap replicates (0 = no p-value: 1 is returned).</param>
    /// <param name="seed">Seed of this test's draws.</param>
    public static (double Statistic, double PValue) Test(ReadOnlySpan<double> samples, StudentTParameters fit, StudentTPrior prior, int replicates, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicates);
        double d = Statistic(samples, fit);
        if (replicates == 0)
        {
            return (d, 1);
        }

        var random = new Random(unchecked((int)seed ^ (int)(seed >> 32)));
        var draw = new double[samples.Length];
        int atLeast = 0;
        for (int b = 0; b < replicates; b++)
        {
            for (int i = 0; i < draw.Length; i++)
            {
                draw[i] = StudentT.Sample(random, fit.Loc, fit.Scale, fit.Nu);
            }

            var refit = StudentTPenalisedMaximumLikelihood.Fit(draw, prior).Parameters;
            if (Statistic(draw, refit) >= d)
            {
                atLeast++;
            }
        }

        return (d, (1.0 + atLeast) / (1.0 + replicates));
    }

    /// <summary>The KS statistic of <paramref name="samples"/> against a t with <paramref name="p"/>.</summary>
    public static double Statistic(ReadOnlySpan<double> samples, StudentTParameters p) =>
        KolmogorovSmirnov.Statistic(samples, x => StudentT.CDF(p.Loc, p.Scale, p.Nu, x));
}
