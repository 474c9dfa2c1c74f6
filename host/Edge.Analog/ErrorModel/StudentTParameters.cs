// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>A location-scale Student's t distribution: X = Loc + Scale * t(Nu) (paper eq. 5).</summary>
/// <param name="Loc">Location (the median of X), in the unit of the data (normalised y here).</param>
/// <param name="Scale">Scale s &gt; 0, same unit as <paramref name="Loc"/>.</param>
/// <param name="Nu">Degrees of freedom nu &gt; 0 (small = heavy tails; large = nearly normal).</param>
public readonly record struct StudentTParameters(double Loc, double Scale, double Nu);
