// SPDX-License-Identifier: MIT
using MathNet.Numerics.Distributions;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// One level's fitted error, loc + U(-Band, Band) + Scale * t(Nu) (<see cref="LevelErrorDistribution"/>), and how it was
/// chosen: a Student's t (Band = 0) or the seek band (<see cref="BandNormal"/>, Nu at the normal-limit cap).
/// </summary>
/// <param name="Loc">Location, normalised units.</param>
/// <param name="Scale">t scale, or the band's noise sigma, normalised units.</param>
/// <param name="Nu">t degrees of freedom (the normal-limit cap for a band).</param>
/// <param name="Band">Half-width of the band's uniform (0 for a t).</param>
/// <param name="NuDataWeight">Share of the information on ln nu from the level's own samples (0 for a band: nu is not fitted).</param>
public readonly record struct LevelErrorFit(double Loc, double Scale, double Nu, double Band, double NuDataWeight)
{
    /// <summary>True when the level takes the seek band.</summary>
    public bool IsBand => Band > 0;

    /// <summary>A t fit.</summary>
    public static LevelErrorFit Of(StudentTParameters t, double nuDataWeight) => new(t.Loc, t.Scale, t.Nu, 0, nuDataWeight);

    /// <summary>A seek-band fit.</summary>
    public static LevelErrorFit Of(BandNormalParameters b) => new(b.Loc, b.Sigma, StudentTMaximumLikelihood.MaximumNu, b.HalfWidth, 0);

    /// <summary>P(error &lt;= x).</summary>
    public double Cdf(double x) => LevelErrorDistribution.Cdf(Loc, Scale, Nu, Band, x);

    /// <summary>One draw from the fitted distribution.</summary>
    public double Sample(Random random) => IsBand
        ? BandNormal.Sample(random, new BandNormalParameters(Loc, Band, Scale))
        : StudentT.Sample(random, Loc, Scale, Nu);

    /// <summary>Standard deviation of the error about its location (nu &lt;= 2 taken as 3).</summary>
    public double Spread => Math.Sqrt(LevelErrorDistribution.MeanSquare(0, Scale, Nu, Band));
}
