// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The parametric-bootstrap p-value of a Kolmogorov-Smirnov test of a level's fitted error (Lilliefors' idea): the
/// tabulated KS distribution assumes parameters fixed in advance, and with fitted ones it would call almost every fit
/// good. Here each replicate draws as many samples from the fitted distribution, refits them by the same procedure
/// (<see cref="LevelErrorFitting"/>: same prior, same choice of family) and computes its D;
/// p = (1 + #{D* &gt;= D}) / (1 + replicates).
/// </summary>
/// <remarks>
/// <para>Reads are quantised (1 mOhm is about 8e-6 of the window), so a level's 66 errors hold ties; continuous replicates
/// would have none and the data's D would look too large. Replicates are rounded to the data's grid
/// (<see cref="Resolution"/>) when the data lie on one.</para>
/// <para>Sequential stopping (Besag and Clifford 1991): once <see cref="Exceedances"/> replicates have reached D the
/// p-value is already known to be large and the test stops with p = h / replicates drawn; clear fits stop after a few
/// dozen replicates and only doubtful ones run all of them, which keeps a 512-level bootstrap to seconds.</para>
/// </remarks>
public static class BootstrapKolmogorovSmirnov
{
    /// <summary>Exceedances h after which the sequential test stops.</summary>
    public const int Exceedances = 20;

    /// <summary>The statistic D of <paramref name="samples"/> against <paramref name="fit"/> and its bootstrap p-value.</summary>
    /// <param name="samples">The samples the fit used.</param>
    /// <param name="fit">The fitted distribution.</param>
    /// <param name="prior">The t prior the fit used (replicates are refitted with it).</param>
    /// <param name="family">The families the fit chose from (replicates choose again).</param>
    /// <param name="replicates">Bootstrap replicates (0 = no p-value: 1 is returned).</param>
    /// <param name="seed">Seed of this test's draws.</param>
    public static (double Statistic, double PValue) Test(
        ReadOnlySpan<double> samples, LevelErrorFit fit, StudentTPrior prior, ErrorFamily family, int replicates, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicates);
        double d = Statistic(samples, fit);
        if (replicates == 0)
        {
            return (d, 1);
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        double grid = Resolution(sorted);
        var random = new Random(unchecked((int)seed ^ (int)(seed >> 32)));
        var draw = new double[samples.Length];
        int atLeast = 0;
        for (int b = 1; b <= replicates; b++)
        {
            for (int i = 0; i < draw.Length; i++)
            {
                double x = fit.Sample(random);
                draw[i] = grid > 0 ? sorted[0] + (grid * Math.Round((x - sorted[0]) / grid)) : x;
            }

            var refit = LevelErrorFitting.Fit(draw, prior, family);
            if (Statistic(draw, refit) >= d && ++atLeast == Exceedances)
            {
                return (d, (double)Exceedances / b);
            }
        }

        return (d, (1.0 + atLeast) / (1.0 + replicates));
    }

    /// <summary>
    /// The grid sorted values lie on (the smallest gap between distinct values, when at least 90 % of all gaps are whole
    /// multiples of it), else 0 for continuous data.
    /// </summary>
    public static double Resolution(ReadOnlySpan<double> sorted)
    {
        double smallest = double.PositiveInfinity;
        int gaps = 0;
        for (int i = 1; i < sorted.Length; i++)
        {
            double gap = sorted[i] - sorted[i - 1];
            if (gap > 0)
            {
                smallest = Math.Min(smallest, gap);
                gaps++;
            }
        }

        if (gaps < 2 || !double.IsFinite(smallest))
        {
            return 0;
        }

        int multiples = 0;
        for (int i = 1; i < sorted.Length; i++)
        {
            double ratio = (sorted[i] - sorted[i - 1]) / smallest;
            if (ratio > 0 && Math.Abs(ratio - Math.Round(ratio)) < 0.05)
            {
                multiples++;
            }
        }

        return multiples >= 0.9 * gaps ? smallest : 0;
    }

    /// <summary>The KS statistic of <paramref name="samples"/> against <paramref name="fit"/>.</summary>
    public static double Statistic(ReadOnlySpan<double> samples, LevelErrorFit fit) => KolmogorovSmirnov.Statistic(samples, fit.Cdf);
}
