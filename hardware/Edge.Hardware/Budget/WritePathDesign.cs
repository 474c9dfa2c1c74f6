// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>Component parameters of the write path: DAC, bipolar output stage, current limit and switches.</summary>
public sealed record WritePathDesign
{
    /// <summary>DAC resolution, bits.</summary>
    public required int DacBits { get; init; }

    /// <summary>Stage output at DAC code 0, V.</summary>
    public required double MinVolts { get; init; }

    /// <summary>Stage output span (2^bits codes), V.</summary>
    public required double SpanVolts { get; init; }

    /// <summary>DAC settling after a code change, s.</summary>
    public required double DacSettleSeconds { get; init; }

    /// <summary>Output stage slew rate, V/s.</summary>
    public required double SlewVoltsPerSecond { get; init; }

    /// <summary>Largest write pulse, V (firmware hard limit 7.0 V).</summary>
    public required double PulseVolts { get; init; }

    /// <summary>Read voltage, V.</summary>
    public required double ReadVolts { get; init; }

    /// <summary>Shortest pulse the firmware accepts, s.</summary>
    public required double ShortestPulseSeconds { get; init; }

    /// <summary>The pulse the FFP scheme uses, s.</summary>
    public required double NominalPulseSeconds { get; init; }

    /// <summary>Output stage current limit, A.</summary>
    public required double CurrentLimitAmps { get; init; }

    /// <summary>On-resistance between the stage and one device terminal (path mux + cell mux), ohm.</summary>
    public required double SwitchOhmsPerBus { get; init; }

    /// <summary>Resistance the driven terminals see to the grounded ones, ohm.</summary>
    public required double WriteLoadOhms { get; init; }
}
