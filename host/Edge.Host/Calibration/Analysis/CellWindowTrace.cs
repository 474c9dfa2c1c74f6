// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// What the array calibration measured on one cell: its HRS after the -6 V half-loop, the reads of the potentiation
/// rate pulses from there (first = HRS), its LRS after the +6 V half-loop, and the reads of the depression rate pulses
/// from there (first = LRS).
/// </summary>
public sealed record CellWindowTrace(int Cell, double HrsOhms, double[] PotentiationReadsOhms, double LrsOhms, double[] DepressionReadsOhms);
