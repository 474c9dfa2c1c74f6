// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>Progress of a programming run, for progress bars.</summary>
/// <param name="CellsDone">Cells finished (done or failed).</param>
/// <param name="CellsTotal">Cells in the run.</param>
/// <param name="Pulses">Write pulses applied so far.</param>
public readonly record struct ProgrammingProgress(int CellsDone, int CellsTotal, long Pulses);
