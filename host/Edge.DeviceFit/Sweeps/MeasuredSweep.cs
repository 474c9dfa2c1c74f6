// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Sweeps;

/// <summary>One identical-pulse sweep as measured: the read after initialisation, then a read after every pulse.</summary>
/// <param name="Direction">Potentiation (positive pulses, R falls) or depression (negative pulses, R rises).</param>
/// <param name="Volts">Write voltage magnitude, V (the direction gives the sign).</param>
/// <param name="WidthMs">Pulse width, ms.</param>
/// <param name="Repetition">Repetition number of this (direction, voltage, width) condition.</param>
/// <param name="ResistancesOhms">R after pulse 0 (the initial read), 1, 2, ..., ohm.</param>
/// <param name="FirstLine">Line of the sweep's first row in its file (1 = the header), for messages.</param>
public sealed record MeasuredSweep(
    Direction Direction, double Volts, double WidthMs, int Repetition, IReadOnlyList<double> ResistancesOhms, int FirstLine)
{
    /// <summary>Pulses after the initial read.</summary>
    public int Pulses => ResistancesOhms.Count - 1;

    /// <summary>The pulse's signed amplitude, V: + potentiates, - depresses.</summary>
    public double SignedVolts => Direction == Direction.Potentiation ? Volts : -Volts;

    /// <summary>The (direction, voltage, width) condition this sweep repeats.</summary>
    public SweepCondition Condition => new(Direction, Volts, WidthMs);

    /// <summary>The level the sweep ends at: the mean of its last <paramref name="reads"/> reads, ohm.</summary>
    public double EndLevelOhms(int reads = 10) => ResistancesOhms.Skip(ResistancesOhms.Count - reads).Average();
}

/// <summary>A (direction, voltage, width) condition; repetitions of it are averaged in reports.</summary>
public readonly record struct SweepCondition(Direction Direction, double Volts, double WidthMs);
