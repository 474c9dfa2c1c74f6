// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Monotone piecewise cubic Hermite interpolation (Fritsch-Carlson, as scipy's PchipInterpolator): between measured
/// points it never overshoots, so a monotone saturation-bound curve b(V) stays monotone between sweep voltages.
/// </summary>
internal static class Pchip
{
    /// <summary>Node slopes for strictly increasing <paramref name="x"/>.</summary>
    public static double[] Slopes(double[] x, double[] y)
    {
        int n = x.Length;
        var d = new double[n];
        if (n < 2)
        {
            return d;
        }

        var h = new double[n - 1];
        var delta = new double[n - 1];
        for (int i = 0; i < n - 1; i++)
        {
            h[i] = x[i + 1] - x[i];
            delta[i] = (y[i + 1] - y[i]) / h[i];
        }

        if (n == 2)
        {
            d[0] = d[1] = delta[0];
            return d;
        }

        for (int i = 1; i < n - 1; i++)
        {
            if (delta[i - 1] * delta[i] <= 0)
            {
                d[i] = 0;
            }
            else
            {
                double w1 = (2 * h[i]) + h[i - 1];
                double w2 = h[i] + (2 * h[i - 1]);
                d[i] = (w1 + w2) / ((w1 / delta[i - 1]) + (w2 / delta[i]));
            }
        }

        d[0] = EndSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = EndSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    /// <summary>The interpolant at <paramref name="at"/> (clamped to the node range).</summary>
    public static double Evaluate(double[] x, double[] y, double[] slopes, double at)
    {
        if (at <= x[0])
        {
            return y[0];
        }

        if (at >= x[^1])
        {
            return y[^1];
        }

        int i = Array.BinarySearch(x, at);
        if (i >= 0)
        {
            return y[i];
        }

        i = ~i - 1;
        double h = x[i + 1] - x[i];
        double t = (at - x[i]) / h;
        double t2 = t * t;
        double t3 = t2 * t;
        return (((2 * t3) - (3 * t2) + 1) * y[i]) + ((t3 - (2 * t2) + t) * h * slopes[i]) + (((-2 * t3) + (3 * t2)) * y[i + 1]) + ((t3 - t2) * h * slopes[i + 1]);
    }

    private static double EndSlope(double h0, double h1, double m0, double m1)
    {
        // Three-point end formula, limited so the end interval stays monotone.
        double d = (((2 * h0) + h1) * m0 - (h0 * m1)) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(m0))
        {
            return 0;
        }

        if (Math.Sign(m0) != Math.Sign(m1) && Math.Abs(d) > Math.Abs(3 * m0))
        {
            return 3 * m0;
        }

        return d;
    }
}
