// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The seek-band error X = Loc + U(-HalfWidth, HalfWidth) + Sigma * N(0, 1): a cell accepted anywhere inside a
/// verify band (the uniform) and then read with Gaussian noise. Lighter-tailed than any Student's t when the band is
/// wide against the noise (excess kurtosis down to -1.2), the normal when it is narrow.
/// </summary>
/// <param name="Loc">Centre of the band, in the unit of the data (normalised y here).</param>
/// <param name="HalfWidth">Half-width h &gt;= 0 of the band, same unit.</param>
/// <param name="Sigma">Standard deviation s &gt; 0 of the normal part, same unit.</param>
public readonly record struct BandNormalParameters(double Loc, double HalfWidth, double Sigma);
