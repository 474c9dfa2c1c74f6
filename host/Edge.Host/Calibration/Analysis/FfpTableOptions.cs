// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>The step window an FFP table aims for (<see cref="FfpTableSolver"/>) and the map check (<see cref="DeltaRCoverage"/>) uses.</summary>
public sealed record FfpTableOptions
{
    /// <summary>Lower bound of the step window, ohm (paper: 0.1; below it read noise dominates the step).</summary>
    public double WindowLowOhms { get; init; } = 0.1;

    /// <summary>Upper bound of the step window, ohm (paper: 0.3; finer steps give more levels).</summary>
    public double WindowHighOhms { get; init; } = 0.3;

    /// <summary>Width of every loop pulse, us (paper: 0.8 s).</summary>
    public uint PulseWidthMicroseconds { get; init; } = 800_000;

    /// <summary>
    /// Where the FFP loop stops, ohm; null = the far end of the covered cells in the programming direction (lower edge
    /// of the lowest covered cell for potentiation, upper edge of the highest for depression). Set it to the device
    /// window's LRS/HRS when that is known.
    /// </summary>
    public double? StopOhms { get; init; }

    /// <summary>Fewest pulses a (voltage, cell) bin of the |dR| map needs before its median is trusted.</summary>
    public int MinSamplesPerBin { get; init; } = 3;

    /// <summary>The step the table aims for: the window centre, ohm.</summary>
    public double TargetStepOhms => 0.5 * (WindowLowOhms + WindowHighOhms);

    internal void Validate()
    {
        if (!(WindowLowOhms > 0) || !(WindowHighOhms > WindowLowOhms) || !double.IsFinite(WindowHighOhms))
        {
            throw new ArgumentException(
                $"the step window {WindowLowOhms} .. {WindowHighOhms} ohm must be finite with 0 < low < high", nameof(WindowLowOhms));
        }

        if (MinSamplesPerBin < 1)
        {
            throw new ArgumentException($"MinSamplesPerBin = {MinSamplesPerBin}, expected at least 1", nameof(MinSamplesPerBin));
        }

        if (PulseWidthMicroseconds < FormatLimits.MinWidthMicroseconds || PulseWidthMicroseconds > FormatLimits.MaxWidthMicroseconds)
        {
            throw new ArgumentException(
                $"PulseWidthMicroseconds = {PulseWidthMicroseconds}, expected {FormatLimits.MinWidthMicroseconds} .. {FormatLimits.MaxWidthMicroseconds} us",
                nameof(PulseWidthMicroseconds));
        }

        if (StopOhms is double stop && (!(stop > 0) || !double.IsFinite(stop)))
        {
            throw new ArgumentException($"StopOhms = {stop}, expected a positive resistance", nameof(StopOhms));
        }
    }
}
