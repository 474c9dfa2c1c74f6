// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;
using MathNet.Numerics;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Nonlinearity of a level-step curve (paper eq. 2-3): with x = n_i / n and y = (R_max - R) / (R_max - R_min),
/// potentiation y = (1 - e^(-nu x)) / (1 - e^(-nu)), depression y = 1 - (1 - e^(-nu x)) / (1 - e^(-nu)).
/// nu -> 0 is the straight line.
/// </summary>
public static class Nonlinearity
{
    /// <summary>Largest |nu| the fit searches. At |nu| = 100 the curve is a step at one end: nothing beyond is a
    /// meaningful nonlinearity, and e^100 is still far from overflow.</summary>
    public const double NuLimit = 100.0;

    // Below this |nu| the closed form loses digits to cancellation; the first-order series is exact to ~nu^2 < 1e-16.
    private const double SeriesBelow = 1e-8;

    /// <summary>
    /// Eq. 2 (potentiation) or eq. 3 (depression) at <paramref name="x"/>. Uses expm1 so small nu stays accurate, and
    /// the limit y = x + nu x (1 - x) / 2 (potentiation) for |nu| &lt; 1e-8, whose nu -> 0 limit is the line y = x.
    /// </summary>
    public static double Model(Direction direction, double nu, double x)
    {
        double rising = Math.Abs(nu) < SeriesBelow
            ? x + (0.5 * nu * x * (1.0 - x))
            : SpecialFunctions.Expm1(-nu * x) / SpecialFunctions.Expm1(-nu);
        return direction == Direction.Potentiation ? rising : 1.0 - rising;
    }

    /// <summary>
    /// Non-linearity factor NLF = max_k |y_k - y_linear(x_k)|, with y_linear = x (potentiation) or 1 - x (depression):
    /// the largest deviation of the measured, normalised curve from the ideal straight line, in units of the full
    /// range. The paper reports NLF (0.001 potentiation, 0.0009 depression at n = 512) without defining it; this is the
    /// usual definition for update curves, and for a well-segmented curve it is about half a level spacing
    /// (1/(2 * 511) = 0.00098 at n = 512), which matches the paper's magnitude.
    /// </summary>
    public static double Factor(LevelCurve curve)
    {
        Check(curve);
        double worst = 0;
        for (int k = 0; k < curve.X.Count; k++)
        {
            double line = curve.Direction == Direction.Potentiation ? curve.X[k] : 1.0 - curve.X[k];
            worst = Math.Max(worst, Math.Abs(curve.Y[k] - line));
        }

        return worst;
    }

    /// <summary>
    /// Least-squares fit of nu to <paramref name="curve"/>: a scan over nu = sinh(t) (dense near 0, reaching
    /// +-<see cref="NuLimit"/>) brackets the minimum of the residual sum of squares, golden-section search narrows it,
    /// and Gauss-Newton steps polish it to full precision.
    /// </summary>
    public static NonlinearityFit Fit(LevelCurve curve)
    {
        Check(curve);
        var x = curve.X.ToArray();
        var y = curve.Y.ToArray();
        double Sse(double nu) => SumOfSquares(curve.Direction, nu, x, y);

        const int scan = 801;
        double tLimit = Math.Asinh(NuLimit);
        double NuAt(int i) => Math.Sinh(-tLimit + (2.0 * tLimit * i / (scan - 1)));
        int best = Enumerable.Range(0, scan).MinBy(i => Sse(NuAt(i)));
        double nuFit = GoldenSection(Sse, NuAt(Math.Max(best - 1, 0)), NuAt(Math.Min(best + 1, scan - 1)));
        nuFit = Polish(curve.Direction, nuFit, x, y);

        double sse = Sse(nuFit);
        double jacobian = 0;
        for (int k = 0; k < x.Length; k++)
        {
            double d = Derivative(curve.Direction, nuFit, x[k]);
            jacobian += d * d;
        }

        double standardError = jacobian > 0 ? Math.Sqrt(sse / (x.Length - 1) / jacobian) : double.PositiveInfinity;
        return new NonlinearityFit(curve.Direction, nuFit, standardError, Math.Sqrt(sse / x.Length), Factor(curve), x.Length);
    }

    private static double SumOfSquares(Direction direction, double nu, double[] x, double[] y)
    {
        double sum = 0;
        for (int k = 0; k < x.Length; k++)
        {
            double r = y[k] - Model(direction, nu, x[k]);
            sum += r * r;
        }

        return sum;
    }

    private static double GoldenSection(Func<double, double> f, double a, double b)
    {
        double ratio = (Math.Sqrt(5.0) - 1.0) / 2.0;
        double c = b - (ratio * (b - a));
        double d = a + (ratio * (b - a));
        double fc = f(c);
        double fd = f(d);
        for (int i = 0; i < 200 && (b - a) > 1e-13 * (1.0 + Math.Abs(c)); i++)
        {
            if (fc <= fd)
            {
                (b, d, fd) = (d, c, fc);
                c = b - (ratio * (b - a));
                fc = f(c);
            }
            else
            {
                (a, c, fc) = (c, d, fd);
                d = a + (ratio * (b - a));
                fd = f(d);
            }
        }

        return fc <= fd ? c : d;
    }

    private static double Polish(Direction direction, double nu, double[] x, double[] y)
    {
        double sse = SumOfSquares(direction, nu, x, y);
        for (int iteration = 0; iteration < 5; iteration++)
        {
            double numerator = 0;
            double denominator = 0;
            for (int k = 0; k < x.Length; k++)
            {
                double d = Derivative(direction, nu, x[k]);
                numerator += (y[k] - Model(direction, nu, x[k])) * d;
                denominator += d * d;
            }

            if (!(denominator > 0))
            {
                break;
            }

            double next = Math.Clamp(nu + (numerator / denominator), -NuLimit, NuLimit);
            double nextSse = SumOfSquares(direction, next, x, y);
            if (!(nextSse <= sse))
            {
                break;
            }

            (nu, sse) = (next, nextSse);
        }

        return nu;
    }

    private static double Derivative(Direction direction, double nu, double x)
    {
        double h = 1e-6 * (1.0 + Math.Abs(nu));
        return (Model(direction, nu + h, x) - Model(direction, nu - h, x)) / (2.0 * h);
    }

    private static void Check(LevelCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.X.Count != curve.Y.Count || curve.X.Count < 3)
        {
            throw new ArgumentException($"a curve needs at least 3 points and equal x/y lengths ({curve.X.Count} vs {curve.Y.Count})", nameof(curve));
        }

        if (curve.X.Concat(curve.Y).Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("curve values must be finite", nameof(curve));
        }
    }
}
