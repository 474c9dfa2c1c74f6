// SPDX-License-Identifier: MIT
using MathNet.Numerics.Distributions;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// The error distribution of one level of a <see cref="ProgramErrorModel"/>: loc + U(-band, band) + scale * t(nu).
/// band = 0 is the paper's Student's t (eq. 5); band &gt; 0 adds the uniform of a verify band the cell was accepted
/// in, and with nu at <see cref="StudentTMaximumLikelihood.MaximumNu"/> (the normal limit) it is
/// <see cref="BandNormal"/>.
/// </summary>
public static class LevelErrorDistribution
{
    /// <summary>P(error &lt;= x). band &gt; 0 needs nu &gt; 1 (the model checks refuse others).</summary>
    public static double Cdf(double loc, double scale, double nu, double band, double x)
    {
        if (band <= 0)
        {
            return StudentT.CDF(loc, scale, nu, x);
        }

        if (nu >= StudentTMaximumLikelihood.MaximumNu)
        {
            return BandNormal.Cdf(new BandNormalParameters(loc, band, scale), x);
        }

        // (1 / 2h) * integral of F_t over the band, with the t's antiderivative G(z) = z F(z) + (nu + z^2) / (nu - 1) f(z)
        // (G' = F since f' = -(nu + 1) z / (nu + z^2) f).
        var upper = (x - loc + band) / scale;
        var lower = (x - loc - band) / scale;
        return Math.Clamp(scale / (2 * band) * (Antiderivative(upper, nu) - Antiderivative(lower, nu)), 0, 1);
    }

    /// <summary>The error's variance, loc^2 + s^2 nu / (nu - 2) + band^2 / 3 about zero; nu &lt;= 2 is taken as 3 (finite).</summary>
    public static double MeanSquare(double loc, double scale, double nu, double band)
    {
        var finiteNu = nu > 2 ? nu : 3;
        return (loc * loc) + (scale * scale * finiteNu / (finiteNu - 2)) + (band * band / 3);
    }

    private static double Antiderivative(double z, double nu) =>
        (z * StudentT.CDF(0, 1, nu, z)) + ((nu + (z * z)) / (nu - 1) * StudentT.PDF(0, 1, nu, z));
}
