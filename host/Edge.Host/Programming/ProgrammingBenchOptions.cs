// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Shared.Formats;

namespace Edge.Host.Programming;

/// <summary>Settings of the FFP versus write-verify comparison (<c>edge bench programming</c>).</summary>
public sealed record ProgrammingBenchOptions
{
    /// <summary>Cells programmed per scheme and level count (cells 0 .. Count - 1 of the virtual board).</summary>
    public int Count { get; init; } = 256;

    /// <summary>Seed of the random target levels and of the virtual boards' read noise.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Programming direction (cells are initialised to its start state first).</summary>
    public Direction Direction { get; init; } = Direction.Potentiation;

    /// <summary>Boards of the virtual device (cell spread and cycle noise come from its seed; both schemes get the same cells).</summary>
    public required IBoardFactory Boards { get; init; }

    /// <summary>The write-verify loop's settings.</summary>
    public WriteVerifySettings WriteVerify { get; init; } = new();

    /// <summary>Initialisation amplitude, V (as the calibration: a SWEEP of -6 V pulses to HRS before potentiation).</summary>
    public double InitVolts { get; init; } = 6.0;

    /// <summary>Initialisation pulses per cell.</summary>
    public int InitPulses { get; init; } = 20;

    /// <summary>Initialisation pulse width, ms.</summary>
    public double InitWidthMs { get; init; } = 2000;
}
