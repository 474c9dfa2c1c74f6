// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>How the per-level fit treats levels with few samples.</summary>
/// <param name="MinimumSamples">
/// Samples a fit needs (default 8): with fewer, three t parameters are not identifiable (nu especially), so the level
/// pools the samples of its nearest neighbours.
/// </param>
/// <param name="MaximumBorrowDistance">
/// How far (in levels, each side) a level may reach for samples (default 4). Program error changes smoothly with the
/// level, so near neighbours describe it; further away they describe a different part of the device range.
/// </param>
public sealed record ErrorModelFitOptions(int MinimumSamples = 8, int MaximumBorrowDistance = 4);
