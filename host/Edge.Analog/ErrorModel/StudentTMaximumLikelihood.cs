// SPDX-License-Identifier: MIT
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Maximum-likelihood fit of (loc, scale, nu) of a Student's t to samples (the per-level fit of paper eq. 4-5).
/// </summary>
/// <remarks>
/// The data are first standardised (median, 1.4826 * MAD), so the optimiser works on numbers of order one whatever the
/// unit: program errors are ~1e-3 in normalised units, and absolute optimiser tolerances at that scale stop early
/// (scipy 1.10 <c>t.fit</c> does, on such data). The optimiser is MathNet's Nelder-Mead simplex on
/// (loc, ln scale, ln nu), which keeps scale and nu positive without constraints; it is started from three nu
/// (heavy, medium, light tails) and restarted from the best point until the likelihood stops improving.
/// nu is limited to [<see cref="MinimumNu"/>, <see cref="MaximumNu"/>].
/// </remarks>
public static class StudentTMaximumLikelihood
{
    /// <summary>Smallest nu the fit returns: below it a tail quantile at 2^-24 overflows single precision.</summary>
    public const double MinimumNu = 0.5;

    /// <summary>Largest nu the fit returns: beyond it the t is a normal distribution for every practical purpose.</summary>
    public const double MaximumNu = 1000;

    /// <summary>The scale returned for samples without any spread (all equal), relative to max(1, |loc|).</summary>
    public const double DegenerateRelativeScale = 1e-12;

    private const double ConvergenceTolerance = 1e-11;
    private const int MaximumIterations = 5000;
    private static readonly double[] StartNu = [1.5, 5, 30];

    /// <summary>Fits loc, scale and nu. Needs at least 2 finite samples (<see cref="ArgumentException"/> otherwise).</summary>
    public static StudentTFit Fit(ReadOnlySpan<double> samples)
    {
        if (samples.Length < 2)
        {
            throw new ArgumentException($"need at least 2 samples, got {samples.Length}", nameof(samples));
        }

        foreach (var x in samples)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException("samples must be finite (NaN or infinity found)", nameof(samples));
            }
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        var centre = RobustStatistics.Median(sorted);
        var spread = RobustStatistics.Spread(sorted, centre);

        if (spread == 0)
        {
            var floor = DegenerateRelativeScale * Math.Max(1, Math.Abs(centre));
            var p = new StudentTParameters(centre, floor, MaximumNu);
            return new StudentTFit(p, StudentTLogLikelihood.Sum(sorted, centre, floor, MaximumNu), Degenerate: true);
        }

        var z = new double[sorted.Length];
        for (var i = 0; i < z.Length; i++)
        {
            z[i] = (sorted[i] - centre) / spread;
        }

        var best = FitStandardised(z);
        var parameters = new StudentTParameters(centre + (spread * best.Loc), spread * best.Scale, best.Nu);
        return new StudentTFit(parameters, StudentTLogLikelihood.Sum(sorted, parameters.Loc, parameters.Scale, parameters.Nu), Degenerate: false);
    }

    private static StudentTParameters FitStandardised(double[] z)
    {
        var objective = ObjectiveFunction.Value(p => NegativeLogLikelihood(z, p));
        var perturbation = Vector<double>.Build.Dense([0.1, 0.2, 0.5]);
        Vector<double>? bestPoint = null;
        var bestValue = double.PositiveInfinity;
        foreach (var nu in StartNu)
        {
            var point = Vector<double>.Build.Dense([0, 0, Math.Log(nu)]);
            var value = NegativeLogLikelihood(z, point);

            // Nelder-Mead can stall on a collapsed simplex; restarting from its answer with a fresh simplex is the
            // standard remedy, and it stops as soon as a restart no longer improves the likelihood.
            for (var restart = 0; restart < 8; restart++)
            {
                MinimizationResult result;
                try
                {
                    result = NelderMeadSimplex.Minimum(objective, point, perturbation, ConvergenceTolerance, MaximumIterations);
                }
                catch (MaximumIterationsException)
                {
                    // A simplex crawling along the flat large-nu ridge (nearly normal data); the other starts or the
                    // previous restart's point stand.
                    break;
                }

                var improved = value - result.FunctionInfoAtMinimum.Value;
                point = result.MinimizingPoint;
                value = result.FunctionInfoAtMinimum.Value;
                if (improved < 1e-12 * Math.Max(1, Math.Abs(value)))
                {
                    break;
                }
            }

            if (value < bestValue && !double.IsNaN(value))
            {
                bestValue = value;
                bestPoint = point;
            }
        }

        if (bestPoint is null)
        {
            throw new InvalidOperationException("the Nelder-Mead simplex did not converge from any start");
        }

        return new StudentTParameters(bestPoint[0], Math.Exp(bestPoint[1]), ClampNu(bestPoint[2]));
    }

    private static double NegativeLogLikelihood(double[] z, Vector<double> p)
    {
        var logNu = p[2];
        var nu = ClampNu(logNu);

        // Outside the nu range the likelihood is held flat and a penalty pulls the simplex back in.
        var outside = logNu - Math.Log(nu);
        return -StudentTLogLikelihood.Sum(z, p[0], Math.Exp(p[1]), nu) + (100 * outside * outside);
    }

    private static double ClampNu(double logNu) => Math.Clamp(Math.Exp(logNu), MinimumNu, MaximumNu);
}
