// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Sweeps;

/// <summary>One parsed row of a sweeps CSV.</summary>
internal readonly record struct SweepRow(Direction Direction, double Volts, double WidthMs, int Repetition, int Pulse, double ResistanceOhms);
