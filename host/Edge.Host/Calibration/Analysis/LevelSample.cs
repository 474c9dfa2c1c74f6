// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// One row of <c>programming-samples.csv</c> (read by <c>edge fit</c> through
/// <see cref="Edge.Host.ErrorModel.ProgrammingSamplesCsv"/>): all values in the normalised convention
/// y = (R_max - R) / (R_max - R_min), 0 at HRS and 1 at LRS, over the segmented trace's range.
/// </summary>
/// <param name="Direction">Programming direction.</param>
/// <param name="Levels">Requested level count n.</param>
/// <param name="Level">
/// Level index in y order, so that <paramref name="Target"/> = Level / (n - 1) in both directions. For potentiation
/// this is the segmentation's level k; for depression (which starts at LRS, y = 1) it is n - 1 - k.
/// </param>
/// <param name="Target">Ideal value Level / (n - 1).</param>
/// <param name="Reached">y(r_a,k): the value segmentation reached for this level (what Q of eq. 4 maps to).</param>
/// <param name="Actual">y(R) of the device after programming the level.</param>
public readonly record struct LevelSample(Direction Direction, int Levels, int Level, double Target, double Reached, double Actual);
