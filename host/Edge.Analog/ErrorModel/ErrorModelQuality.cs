// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// How well a fitted model is supported, per level, and the values a cell can physically hold (normalised y). Absent in
/// models written before the fit reported them (then <see cref="ProgramErrorModel.KsP"/> and
/// <see cref="ProgramErrorModel.NuDataWeight"/> are null and sampled values are not clamped).
/// </summary>
/// <param name="KsP">Parametric-bootstrap KS p-value of each level's fit, in (0, 1].</param>
/// <param name="NuDataWeight">Share of the information on ln nu that came from the level's own samples, in [0, 1].</param>
/// <param name="Flags">Levels whose fit is degenerate or poorly identified.</param>
/// <param name="ValueMin">Lowest value a cell holds (the window's 0, or below when the array's cells reach further).</param>
/// <param name="ValueMax">Highest value a cell holds (the window's 1, or above).</param>
public sealed record ErrorModelQuality(double[]? KsP, double[]? NuDataWeight, LevelFlag[] Flags, double ValueMin, double ValueMax);
