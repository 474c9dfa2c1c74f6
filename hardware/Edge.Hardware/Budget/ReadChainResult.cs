// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>What one averaged read resolves and how long it takes (all currents at the device, T1->T3).</summary>
public sealed record ReadChainResult
{
    /// <summary>Nominal read current V/R, A.</summary>
    public required double ReadCurrentAmps { get; init; }

    /// <summary>Every noise contribution, largest first.</summary>
    public required IReadOnlyList<NoiseTerm> Terms { get; init; }

    /// <summary>Root-sum-square of <see cref="Terms"/>: the rms noise of one averaged read, A.</summary>
    public required double NoiseRmsAmps { get; init; }

    /// <summary>One ADC code referred to the device current, A.</summary>
    public required double LsbAmps { get; init; }

    /// <summary>
    /// Smallest current change two consecutive reads distinguish: 2 x sqrt(2) x noise (the difference of two reads
    /// exceeds twice its own rms), and never below one LSB, A.
    /// </summary>
    public required double ResolvableStepAmps { get; init; }

    /// <summary><see cref="ResolvableStepAmps"/> as a resistance change at the design point, R^2 dI / V, ohm.</summary>
    public required double ResolvableStepOhms { get; init; }

    /// <summary>Current at ADC full scale (either polarity), A.</summary>
    public required double FullScaleAmps { get; init; }

    /// <summary>Analog settling before the first conversion, s.</summary>
    public required double SettleSeconds { get; init; }

    /// <summary>Settling + first conversion + the remaining conversions of one averaged read, s.</summary>
    public required double ReadSeconds { get; init; }

    /// <summary>True when the resolvable step is at most <paramref name="targetAmps"/>.</summary>
    public bool Resolves(double targetAmps) => ResolvableStepAmps <= targetAmps;
}
