// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// Penalised maximum likelihood (maximum a posteriori) of a Student's t: maximises
/// sum ln f(x; loc, s, nu) + ln prior(s, nu) with the log-normal <see cref="StudentTPrior"/>. The prior is what keeps a
/// fit from degenerating on few samples: without it a handful of nearly equal errors drive s toward 0 and nu toward 0
/// or infinity (the likelihood is unbounded or flat there); with it such a level stays near its neighbours, while a
/// level with enough informative samples is decided by its own data.
/// </summary>
/// <remarks>
/// The samples are standardised (median, 1.4826 MAD) first, so the Newton iteration sees numbers of order one whatever
/// the unit. Newton's method on (loc, ln s, ln nu) with the exact Hessian, Levenberg damping where the Hessian is not
/// negative definite and a backtracking line search; nu is kept in
/// [<see cref="StudentTMaximumLikelihood.MinimumNu"/>, <see cref="StudentTMaximumLikelihood.MaximumNu"/>]. Converges in
/// 5-15 iterations (about 20 microseconds for 66 samples), fast enough to refit every parametric-bootstrap replicate.
/// </remarks>
public static class StudentTPenalisedMaximumLikelihood
{
    private const int MaximumIterations = 200;
    private static readonly double LowerLnNu = Math.Log(StudentTMaximumLikelihood.MinimumNu);
    private static readonly double UpperLnNu = Math.Log(StudentTMaximumLikelihood.MaximumNu);

    /// <summary>Fits loc, scale and nu under <paramref name="prior"/>. Needs at least 1 finite sample.</summary>
    /// <exception cref="ArgumentException">No samples, a non-finite sample, or a prior with a non-positive member.</exception>
    public static StudentTPenalisedFit Fit(ReadOnlySpan<double> samples, StudentTPrior prior)
    {
        if (samples.Length < 1)
        {
            throw new ArgumentException("need at least 1 sample", nameof(samples));
        }

        if (!(prior.Scale > 0) || !(prior.LnScaleSd > 0) || !(prior.Nu > 0) || !(prior.LnNuSd > 0))
        {
            throw new ArgumentException($"prior {prior}: scale, nu and both standard deviations must be > 0", nameof(prior));
        }

        var sorted = samples.ToArray();
        foreach (double x in sorted)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException("samples must be finite (NaN or infinity found)", nameof(samples));
            }
        }

        Array.Sort(sorted);
        double centre = RobustStatistics.Median(sorted);
        double spread = RobustStatistics.Spread(sorted, centre);
        if (!(spread > 0))
        {
            spread = prior.Scale;
        }

        var z = new double[sorted.Length];
        for (int i = 0; i < z.Length; i++)
        {
            z[i] = (sorted[i] - centre) / spread;
        }

        var standardPrior = new Penalty(Math.Log(prior.Scale / spread), 1 / (prior.LnScaleSd * prior.LnScaleSd), Math.Log(prior.Nu), 1 / (prior.LnNuSd * prior.LnNuSd));
        var (theta, iterations, nuInformation) = Newton(z, standardPrior);
        double dataInformation = Math.Max(0, nuInformation);
        var parameters = new StudentTParameters(centre + (spread * theta[0]), spread * Math.Exp(theta[1]), Math.Exp(theta[2]));
        return new StudentTPenalisedFit(
            parameters,
            StudentTLogLikelihood.Sum(sorted, parameters.Loc, parameters.Scale, parameters.Nu),
            dataInformation / (dataInformation + standardPrior.NuPrecision),
            iterations);
    }

    private static (double[] Theta, int Iterations, double NuInformation) Newton(double[] z, Penalty prior)
    {
        double[] theta = [0, Math.Clamp(prior.LnScale, -3, 3), Math.Clamp(prior.LnNu, LowerLnNu, UpperLnNu)];
        Span<double> g = stackalloc double[3];
        Span<double> h = stackalloc double[9];
        Span<double> step = stackalloc double[3];
        double objective = Objective(z, theta, prior);
        int iteration = 0;
        double nuInformation = 0;
        for (; iteration < MaximumIterations; iteration++)
        {
            StudentTPenalisedLikelihood.Evaluate(z, theta[0], theta[1], theta[2], g, h);
            nuInformation = -h[8];

            // Minimise the negative log-posterior: gradient and Hessian change sign, the prior adds its precision.
            for (int i = 0; i < 9; i++)
            {
                h[i] = -h[i];
            }

            g[0] = -g[0];
            g[1] = -g[1] + (prior.ScalePrecision * (theta[1] - prior.LnScale));
            g[2] = -g[2] + (prior.NuPrecision * (theta[2] - prior.LnNu));
            h[4] += prior.ScalePrecision;
            h[8] += prior.NuPrecision;

            // At a bound of nu with the gradient pushing outward, nu stays there and (loc, ln s) are optimised alone.
            bool pinned = (theta[2] <= LowerLnNu && g[2] > 0) || (theta[2] >= UpperLnNu && g[2] < 0);
            if (pinned)
            {
                g[2] = 0;
                h[2] = h[5] = h[6] = h[7] = 0;
                h[8] = 1;
            }

            DampedSolve(h, g, step);
            double slope = (g[0] * step[0]) + (g[1] * step[1]) + (g[2] * step[2]);
            if (-slope < 1e-20 * Math.Max(1, Math.Abs(objective)))
            {
                break;
            }

            double t = 1;
            double[] trial = new double[3];
            double trialObjective;
            while (true)
            {
                trial[0] = theta[0] + (t * step[0]);
                trial[1] = theta[1] + (t * step[1]);
                trial[2] = Math.Clamp(theta[2] + (t * step[2]), LowerLnNu, UpperLnNu);
                trialObjective = Objective(z, trial, prior);
                if (trialObjective <= objective + (1e-4 * t * slope) || t < 1e-12)
                {
                    break;
                }

                t *= 0.5;
            }

            if (!(trialObjective <= objective))
            {
                break;
            }

            double improvement = objective - trialObjective;
            theta = trial;
            objective = trialObjective;
            if (improvement < 1e-14 * Math.Max(1, Math.Abs(objective)) && -slope < 1e-12)
            {
                break;
            }
        }

        return (theta, iteration + 1, nuInformation);
    }

    private static double Objective(double[] z, double[] theta, Penalty prior)
    {
        double db = theta[1] - prior.LnScale;
        double dc = theta[2] - prior.LnNu;
        return -StudentTPenalisedLikelihood.Value(z, theta[0], theta[1], theta[2])
            + (0.5 * prior.ScalePrecision * db * db) + (0.5 * prior.NuPrecision * dc * dc);
    }

    /// <summary>Solves (H + lambda I) d = -g by Cholesky, raising lambda until H + lambda I is positive definite.</summary>
    private static void DampedSolve(ReadOnlySpan<double> h, ReadOnlySpan<double> g, Span<double> d)
    {
        double lambda = 0;
        double size = Math.Abs(h[0]) + Math.Abs(h[4]) + Math.Abs(h[8]) + 1e-12;
        Span<double> l = stackalloc double[9];
        while (true)
        {
            if (Cholesky(h, lambda, l))
            {
                // Forward then back substitution with L L^T.
                double y0 = -g[0] / l[0];
                double y1 = (-g[1] - (l[3] * y0)) / l[4];
                double y2 = (-g[2] - (l[6] * y0) - (l[7] * y1)) / l[8];
                d[2] = y2 / l[8];
                d[1] = (y1 - (l[7] * d[2])) / l[4];
                d[0] = (y0 - (l[3] * d[1]) - (l[6] * d[2])) / l[0];
                return;
            }

            lambda = lambda == 0 ? 1e-8 * size : lambda * 10;
        }
    }

    private static bool Cholesky(ReadOnlySpan<double> a, double lambda, Span<double> l)
    {
        double a00 = a[0] + lambda, a11 = a[4] + lambda, a22 = a[8] + lambda;
        if (!(a00 > 0))
        {
            return false;
        }

        l[0] = Math.Sqrt(a00);
        l[3] = a[3] / l[0];
        l[6] = a[6] / l[0];
        double d1 = a11 - (l[3] * l[3]);
        if (!(d1 > 0))
        {
            return false;
        }

        l[4] = Math.Sqrt(d1);
        l[7] = (a[7] - (l[6] * l[3])) / l[4];
        double d2 = a22 - (l[6] * l[6]) - (l[7] * l[7]);
        if (!(d2 > 0))
        {
            return false;
        }

        l[8] = Math.Sqrt(d2);
        return true;
    }

    /// <summary>The prior in standardised units: means of ln s and ln nu and their precisions (1/sd^2).</summary>
    private readonly record struct Penalty(double LnScale, double ScalePrecision, double LnNu, double NuPrecision);
}
