// SPDX-License-Identifier: MIT
using MathNet.Numerics;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Exact quantiles of the standard Student's t through its two-sided tail P(|T| &gt; q) = I_{nu/(nu+q^2)}(nu/2, 1/2).
/// </summary>
/// <remarks>
/// Working with the tail probability m directly (instead of p = 1 - m/2) keeps full relative precision far into the
/// tails, where 1 - m/2 rounds to 1. MathNet's <c>StudentT.InvCDF</c> solves with a bracketing root finder over the
/// CDF and takes tens of microseconds; Newton's method on ln P(|T| &gt; e^y) = ln m in y = ln q converges in a few
/// steps (the tail is nearly a straight line in log-log coordinates), with bisection as the safeguard.
/// </remarks>
public static class StudentTQuantile
{
    /// <summary>P(|T| &gt; q) for T ~ t(nu), q &gt;= 0.</summary>
    public static double TwoSidedTailProbability(double nu, double q)
    {
        if (q <= 0)
        {
            return 1;
        }

        return SpecialFunctions.BetaRegularized(nu / 2, 0.5, nu / (nu + (q * q)));
    }

    /// <summary>
    /// The q &gt;= 0 with P(|T| &gt; q) = <paramref name="tailProbability"/> (in (0, 1]) for T ~ t(<paramref name="nu"/>).
    /// <paramref name="guess"/> (optional, &gt; 0) warm-starts Newton's method, e.g. with a neighbouring table entry.
    /// </summary>
    public static double TwoSidedTailQuantile(double nu, double tailProbability, double guess = double.NaN)
    {
        if (!(nu > 0) || double.IsInfinity(nu))
        {
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "degrees of freedom must be finite and > 0");
        }

        if (!(tailProbability > 0) || tailProbability > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(tailProbability), tailProbability, "tail probability must be in (0, 1]");
        }

        if (tailProbability == 1)
        {
            return 0;
        }

        var logDensityConstant = SpecialFunctions.GammaLn((nu + 1) / 2) - SpecialFunctions.GammaLn(nu / 2) - (0.5 * Math.Log(nu * Math.PI));
        var logM = Math.Log(tailProbability);
        var y = Math.Log(guess > 0 && double.IsFinite(guess) ? guess : InitialGuess(nu, tailProbability, logDensityConstant));
        var low = double.NegativeInfinity;
        var high = double.PositiveInfinity;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var q = Math.Exp(y);
            var tail = TwoSidedTailProbability(nu, q);
            var g = Math.Log(tail) - logM;
            if (g == 0)
            {
                return q;
            }

            if (g > 0)
            {
                low = y;
            }
            else
            {
                high = y;
            }

            // d ln P(|T| > q) / d ln q = -2 q f(q) / P(|T| > q).
            var density = Math.Exp(logDensityConstant - ((nu + 1) / 2 * Math.Log(1 + (q * q / nu))));
            var next = y + (g * tail / (2 * q * density));
            if (!(next > low && next < high))
            {
                next = double.IsFinite(low) && double.IsFinite(high) ? 0.5 * (low + high) : g > 0 ? y + 1 : y - 1;
            }

            if (Math.Abs(next - y) < 1e-15 * Math.Max(1, Math.Abs(y)) || (high - low) < 1e-15 * Math.Max(1, Math.Abs(y)))
            {
                return Math.Exp(next);
            }

            y = next;
        }

        return Math.Exp(y);
    }

    /// <summary>The quantile t_p (any p in (0, 1)) of the standard Student's t with <paramref name="nu"/> degrees of freedom.</summary>
    public static double Quantile(double nu, double p)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "probability must be in (0, 1)");
        }

        return p >= 0.5 ? TwoSidedTailQuantile(nu, 2 * (1 - p)) : -TwoSidedTailQuantile(nu, 2 * p);
    }

    private static double InitialGuess(double nu, double tailProbability, double logDensityConstant)
    {
        if (tailProbability > 0.5)
        {
            // Near the centre P(|T| > q) ~ 1 - 2 f(0) q.
            return Math.Max(1e-300, (1 - tailProbability) / (2 * Math.Exp(logDensityConstant)));
        }

        // Far tail: f(q) ~ c nu^((nu+1)/2) q^-(nu+1), so P(|T| > q) ~ 2 c nu^((nu-1)/2) q^-nu.
        var logQ = (Math.Log(2) + logDensityConstant + ((nu - 1) / 2 * Math.Log(nu)) - Math.Log(tailProbability)) / nu;
        return Math.Exp(Math.Min(logQ, 700));
    }
}
