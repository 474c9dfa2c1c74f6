// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Analysis;

/// <summary>The cumulative-probability view of one level's repeated programming (paper Fig. 4c/4d).</summary>
/// <param name="Level">Requested level index k (programming order).</param>
/// <param name="Normalised">
/// Every result normalised between this level (0) and the next level in the programming direction (1), ascending;
/// the empirical CDF at the i-th value (0-based) is (i + 1) / count.
/// </param>
/// <param name="ValueAtProbability">The normalised value at which the empirical CDF reaches the analysis probability.</param>
/// <param name="SkipProne">True when <paramref name="ValueAtProbability"/> exceeds 1: the level tends to overshoot into
/// the next one ("skipped").</param>
public sealed record CpdLevel(int Level, IReadOnlyList<double> Normalised, double ValueAtProbability, bool SkipProne);
