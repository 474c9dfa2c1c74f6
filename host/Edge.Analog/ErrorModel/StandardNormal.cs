// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The standard normal distribution function Phi and density phi, at double precision and without an error-function
/// call: Phi is what the seek-band likelihood evaluates twice per sample at every step of every bootstrap refit, and
/// MathNet's erfc-based <c>Normal.CDF</c> made it most of <c>edge fit</c>'s time.
/// </summary>
/// <remarks>
/// For |z| below 5, Hart's algorithm 5666 (J. F. Hart et al., Computer Approximations, Wiley 1968), as given by
/// G. West, "Better approximations to cumulative normal functions", Wilmott Magazine, 2005: a rational function of
/// degree 6/7 times exp(-z^2/2). Beyond 5, where that rational loses digits, Laplace's continued fraction of the Mills
/// ratio, Phi(-y) = phi(y) / (y + 1/(y + 2/(y + 3/(y + ...)))), cut after 20 terms at y = 5 and fewer further out,
/// where it converges faster (relative error below 1e-12 from y = 5 to 37; measured against scipy). Both approximate
/// the smaller tail relatively, so the far lower tail keeps its significant digits: relative error below 5e-11
/// everywhere (the rational's, near |z| = 4) down to z = -37, where Phi is 6e-300 (tested against MathNet).
/// </remarks>
public static class StandardNormal
{
    /// <summary>|z| beyond which Phi(-|z|) (below 6e-300, near the end of the double range) is returned as 0.</summary>
    private const double UnderflowMagnitude = 37;

    /// <summary>z above which 1 - Phi(-z) &lt; 1.1e-16 rounds to 1 (so the tail need not be computed).</summary>
    private const double UpperRoundsToOne = 8.3;

    /// <summary>|z| where the rational function hands over to the continued fraction.</summary>
    private const double RationalLimit = 5;

    private const double InverseSqrtTwoPi = 0.398942280401432677940;
    private const double SqrtTwoPi = 2.506628274631000502416;

    /// <summary>phi(z) = exp(-z^2/2) / sqrt(2 pi).</summary>
    public static double Density(double z) => InverseSqrtTwoPi * Math.Exp(-0.5 * z * z);

    /// <summary>Phi(z) = P(Z &lt;= z) for Z ~ N(0, 1); NaN for NaN.</summary>
    public static double Cdf(double z) => Evaluate(z, z < 0 ? FractionTerms(-z) : AbsoluteFractionTerms);

    /// <summary>
    /// Phi(z) to an absolute error of 1e-16 only (not relative in the far lower tail): cheaper beyond |z| = 5, for a
    /// tail that is subtracted from a much larger probability.
    /// </summary>
    public static double CdfAbsolute(double z) => Evaluate(z, AbsoluteFractionTerms);

    /// <summary>Phi(z) with <paramref name="terms"/> of the continued fraction for the tail beyond |z| = 5.</summary>
    private static double Evaluate(double z, int terms)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        // Above this the upper tail (below 1.1e-16) rounds away against 1, so it is not computed.
        if (z > UpperRoundsToOne)
        {
            return 1;
        }

        double tail = LowerTail(Math.Abs(z), terms);
        return z > 0 ? 1 - tail : tail;
    }

    /// <summary>Terms of the continued fraction for an absolute error below 1.1e-16 from y = 5 on (scipy).</summary>
    private const int AbsoluteFractionTerms = 10;

    /// <summary>Terms of the continued fraction at y &gt;= 5 for a relative error below 1e-12.</summary>
    private static int FractionTerms(double y) => y < 6 ? 20 : y < 7.5 ? 14 : y < 10 ? 12 : y < 14 ? 8 : 6;

    /// <summary>Phi(-y) for y &gt;= 0, with <paramref name="terms"/> of the continued fraction beyond 5.</summary>
    private static double LowerTail(double y, int terms)
    {
        if (y > UnderflowMagnitude)
        {
            return 0;
        }

        double gaussian = Math.Exp(-0.5 * y * y);
        if (y >= RationalLimit)
        {
            double fraction = y;
            for (int k = terms; k >= 1; k--)
            {
                fraction = y + (k / fraction);
            }

            return gaussian / (fraction * SqrtTwoPi);
        }

        double numerator = (0.0352624965998911 * y) + 0.700383064443688;
        numerator = (numerator * y) + 6.37396220353165;
        numerator = (numerator * y) + 33.912866078383;
        numerator = (numerator * y) + 112.079291497871;
        numerator = (numerator * y) + 221.213596169931;
        numerator = (numerator * y) + 220.206867912376;
        double denominator = (0.0883883476483184 * y) + 1.75566716318264;
        denominator = (denominator * y) + 16.064177579207;
        denominator = (denominator * y) + 86.7807322029461;
        denominator = (denominator * y) + 296.564248779674;
        denominator = (denominator * y) + 637.333633378831;
        denominator = (denominator * y) + 793.826512519948;
        denominator = (denominator * y) + 440.413735824752;
        return gaussian * numerator / denominator;
    }
}
