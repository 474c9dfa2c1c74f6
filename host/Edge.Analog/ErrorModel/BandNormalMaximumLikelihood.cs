// SPDX-License-Identifier: MIT
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Edge.Analog.ErrorModel;

/// <summary>Maximum-likelihood fit of the seek-band error (<see cref="BandNormalParameters"/>) to samples.</summary>
/// <remarks>
/// As for the t (<see cref="StudentTMaximumLikelihood"/>), the data are standardised by median and 1.4826 MAD first and
/// MathNet's Nelder-Mead simplex works on (loc, ln h, ln s), which keeps both widths positive. It starts from the
/// moments (variance h^2 / 3 + s^2, fourth cumulant -2 h^4 / 15 of the band's uniform, the normal's 0), which puts it
/// near the maximum, so a loose tolerance on the log-likelihood (1e-6, far below what changes a choice or a KS
/// statistic) ends it within a hundred or so evaluations: fast enough to refit every bootstrap replicate. The
/// likelihood is flat in ln h once h is far below s (the normal limit), where the simplex stops on the tolerance.
/// <para>s is kept above the data's read grid over sqrt 12 (the spread of one quantisation step,
/// <see cref="BootstrapKolmogorovSmirnov.Resolution"/>; 1e-6 of the spread for data on no grid): data that fill a band
/// evenly would otherwise drive s to 0, a noise smaller than the read can resolve.</para>
/// </remarks>
public static class BandNormalMaximumLikelihood
{
    private const double ConvergenceTolerance = 1e-6;
    private const int MaximumIterations = 4000;

    /// <summary>Fits loc, h and s. Needs at least 2 finite samples with some spread (<see cref="ArgumentException"/> otherwise).</summary>
    public static BandNormalFit Fit(ReadOnlySpan<double> samples)
    {
        if (samples.Length < 2)
        {
            throw new ArgumentException($"need at least 2 samples, got {samples.Length}", nameof(samples));
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        if (!double.IsFinite(sorted[0]) || !double.IsFinite(sorted[^1]))
        {
            throw new ArgumentException("samples must be finite (NaN or infinity found)", nameof(samples));
        }

        var centre = RobustStatistics.Median(sorted);
        var spread = RobustStatistics.Spread(sorted, centre);
        if (!(spread > 0))
        {
            throw new ArgumentException("samples have no spread: the band and the noise cannot be told apart", nameof(samples));
        }

        var z = new double[sorted.Length];
        for (var i = 0; i < z.Length; i++)
        {
            z[i] = (sorted[i] - centre) / spread;
        }

        var floor = Math.Max(BootstrapKolmogorovSmirnov.Resolution(z) / Math.Sqrt(12), 1e-6);
        var best = FitStandardised(z, floor);
        var parameters = new BandNormalParameters(centre + (spread * best.Loc), spread * best.HalfWidth, spread * best.Sigma);
        return new BandNormalFit(parameters, BandNormal.LogLikelihoodSum(sorted, parameters));
    }

    private static BandNormalParameters FitStandardised(double[] z, double sigmaFloor)
    {
        var objective = ObjectiveFunction.Value(p => -BandNormal.LogLikelihoodSum(z, Parameters(p, sigmaFloor)));
        var perturbation = Vector<double>.Build.Dense([0.1, 0.3, 0.3]);
        var (mean, halfWidth, sigma) = MomentStart(z);
        var start = Vector<double>.Build.Dense([mean, Math.Log(halfWidth), Math.Log(sigma)]);
        Vector<double> bestPoint;
        try
        {
            bestPoint = NelderMeadSimplex.Minimum(objective, start, perturbation, ConvergenceTolerance, MaximumIterations).MinimizingPoint;
        }
        catch (MaximumIterationsException)
        {
            // A simplex crawling along the flat normal-limit ridge (h -> 0): the moment start is the answer.
            bestPoint = start;
        }

        return Parameters(bestPoint, sigmaFloor);
    }

    /// <summary>Mean, h and s from the sample's variance and fourth cumulant (h small when the tails are not light).</summary>
    private static (double Mean, double HalfWidth, double Sigma) MomentStart(double[] z)
    {
        double mean = 0;
        foreach (var v in z)
        {
            mean += v;
        }

        mean /= z.Length;
        double m2 = 0, m4 = 0;
        foreach (var v in z)
        {
            var d2 = (v - mean) * (v - mean);
            m2 += d2;
            m4 += d2 * d2;
        }

        m2 /= z.Length;
        m4 /= z.Length;
        var cumulant4 = m4 - (3 * m2 * m2);
        var halfWidth = cumulant4 < 0 ? Math.Min(Math.Pow(-7.5 * cumulant4, 0.25), Math.Sqrt(3 * m2) * 0.95) : 0.3 * Math.Sqrt(m2);
        var sigma = Math.Sqrt(Math.Max(m2 - (halfWidth * halfWidth / 3), 0.01 * m2));
        return (mean, halfWidth, sigma);
    }

    private static BandNormalParameters Parameters(Vector<double> p, double sigmaFloor) =>
        new(p[0], Math.Exp(p[1]), Math.Sqrt((sigmaFloor * sigmaFloor) + Math.Exp(2 * p[2])));
}
