// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>One CSV row of a |dR| map (see <see cref="DeltaRMapCsv"/>).</summary>
/// <param name="Direction">Programming direction.</param>
/// <param name="CellLowOhms">Lower edge of the resistance cell, ohm.</param>
/// <param name="CellHighOhms">Upper edge of the resistance cell, ohm.</param>
/// <param name="WriteVolts">Write voltage magnitude, V.</param>
/// <param name="Cell">The bin's statistics.</param>
public readonly record struct DeltaRRow(Direction Direction, double CellLowOhms, double CellHighOhms, double WriteVolts, DeltaRCell Cell);
