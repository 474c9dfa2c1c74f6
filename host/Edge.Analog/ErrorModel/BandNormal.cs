// SPDX-License-Identifier: MIT
using MathNet.Numerics.Distributions;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Density, distribution function and sampling of the seek-band error (<see cref="BandNormalParameters"/>):
/// f(x) = [Phi((x - loc + h) / s) - Phi((x - loc - h) / s)] / (2h), and F(x) = s / (2h) [G((x - loc + h) / s) -
/// G((x - loc - h) / s)] with G(z) = z Phi(z) + phi(z), the antiderivative of Phi (G' = Phi because phi' = -z phi).
/// A band narrower than <see cref="NarrowBand"/> sigma is the normal (the difference quotient would cancel).
/// </summary>
public static class BandNormal
{
    /// <summary>h / s below which the band is treated as a normal of variance s^2 + h^2 / 3 (equal to O((h/s)^4)).</summary>
    public const double NarrowBand = 1e-4;

    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>Phi(-8.3) = 5.2e-17: below this end the lower tail does not change a mass above 1e-3.</summary>
    private const double NegligibleLowerEnd = -8.3;

    /// <summary>Masses below this take the asymptote (the difference of two tails has lost its digits).</summary>
    private const double MinimumMass = 1e-300;

    /// <summary>Sum over samples of ln f(x); -infinity for a non-positive sigma or a negative half-width.</summary>
    public static double LogLikelihoodSum(ReadOnlySpan<double> samples, BandNormalParameters p)
    {
        if (!(p.Sigma > 0) || !(p.HalfWidth >= 0))
        {
            return double.NegativeInfinity;
        }

        var sum = 0.0;
        if (p.HalfWidth < NarrowBand * p.Sigma)
        {
            var sigma = NormalLimitSigma(p);
            foreach (var x in samples)
            {
                var z = (x - p.Loc) / sigma;
                sum -= 0.5 * z * z;
            }

            return sum - (samples.Length * (LogSqrtTwoPi + Math.Log(sigma)));
        }

        var inverseSigma = 1 / p.Sigma;
        var logMasses = new LogProduct();
        foreach (var x in samples)
        {
            var mass = MassBetween((x - p.Loc - p.HalfWidth) * inverseSigma, (x - p.Loc + p.HalfWidth) * inverseSigma, out var a, out var b);
            if (mass > MinimumMass)
            {
                logMasses.Add(mass);
            }
            else
            {
                // Both ends far in the lower tail: ln Phi(b) from the Mills-ratio asymptote, the a term negligible.
                sum += (-0.5 * b * b) - Math.Log(-b) - LogSqrtTwoPi;
            }
        }

        return sum + logMasses.Value - (samples.Length * Math.Log(2 * p.HalfWidth));
    }

    /// <summary>P(X &lt;= x).</summary>
    public static double Cdf(BandNormalParameters p, double x)
    {
        if (p.HalfWidth < NarrowBand * p.Sigma)
        {
            return StandardNormal.Cdf((x - p.Loc) / NormalLimitSigma(p));
        }

        var upper = (x - p.Loc + p.HalfWidth) / p.Sigma;
        var lower = (x - p.Loc - p.HalfWidth) / p.Sigma;
        return Math.Clamp(p.Sigma / (2 * p.HalfWidth) * (Antiderivative(upper) - Antiderivative(lower)), 0, 1);
    }

    /// <summary>One draw: loc + h (2u - 1) + s z.</summary>
    public static double Sample(Random random, BandNormalParameters p)
    {
        ArgumentNullException.ThrowIfNull(random);
        return p.Loc + (p.HalfWidth * ((2 * random.NextDouble()) - 1)) + Normal.Sample(random, 0, p.Sigma);
    }

    /// <summary>The standard deviation of a band far narrower than its noise, treated as a normal: sqrt(s^2 + h^2 / 3).</summary>
    private static double NormalLimitSigma(BandNormalParameters p) => Math.Sqrt((p.Sigma * p.Sigma) + (p.HalfWidth * p.HalfWidth / 3));

    /// <summary>G(z) = z Phi(z) + phi(z); for z far below 0 both terms vanish and far above G = z.</summary>
    private static double Antiderivative(double z) => (z * StandardNormal.Cdf(z)) + StandardNormal.Density(z);

    /// <summary>
    /// Phi(b) - Phi(a) for a &lt; b, computed in the tail where the difference is taken (no cancellation); the ends
    /// after that reflection come back in <paramref name="lower"/> and <paramref name="upper"/>.
    /// </summary>
    private static double MassBetween(double a, double b, out double lower, out double upper)
    {
        // Reflect so the interval sits where Phi is small: Phi(b) - Phi(a) = Phi(-a) - Phi(-b).
        if (a > 0)
        {
            (a, b) = (-b, -a);
        }

        lower = a;
        upper = b;
        var upperTail = StandardNormal.Cdf(b);

        // Against Phi(b) > 1e-3 (a sample inside the band or near it) Phi(a) needs only absolute accuracy, and below
        // a = -8.3 (5e-17) none at all.
        if (upperTail > 1e-3)
        {
            return a < NegligibleLowerEnd ? upperTail : upperTail - StandardNormal.CdfAbsolute(a);
        }

        return upperTail - StandardNormal.Cdf(a);
    }
}
