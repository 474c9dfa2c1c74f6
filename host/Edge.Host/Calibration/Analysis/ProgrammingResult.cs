// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Analysis;

/// <summary>One repeated programming of a level: the level asked for and the R the device really ended at.</summary>
/// <param name="Level">Requested level index k of the segmentation (programming order: 0 is where the trace started).</param>
/// <param name="ActualOhms">R read after programming, ohm.</param>
public readonly record struct ProgrammingResult(int Level, double ActualOhms);
