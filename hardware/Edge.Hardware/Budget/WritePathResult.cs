// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>Write-path figures: voltage resolution, edges against pulse width, current and switch drops.</summary>
public sealed record WritePathResult
{
    /// <summary>One DAC code at the stage output, V.</summary>
    public required double LsbVolts { get; init; }

    /// <summary>Largest distance between the read voltage and the nearest code's voltage, V.</summary>
    public required double ReadVoltsError { get; init; }

    /// <summary>Time for a 0 V to full pulse edge: DAC settling + slewing, s.</summary>
    public required double EdgeSeconds { get; init; }

    /// <summary>Edge time over the shortest pulse width.</summary>
    public required double ShortestPulseEdgeFraction { get; init; }

    /// <summary>Edge time over the FFP pulse width.</summary>
    public required double NominalPulseEdgeFraction { get; init; }

    /// <summary>Current at the largest pulse, A.</summary>
    public required double PeakCurrentAmps { get; init; }

    /// <summary>Current limit over peak current (&gt; 1: the limit only trips on a fault).</summary>
    public required double CurrentLimitHeadroom { get; init; }

    /// <summary>Voltage across the device at the largest pulse after the switch drops, V.</summary>
    public required double DeviceVoltsAtPeak { get; init; }
}
