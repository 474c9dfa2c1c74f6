// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>
/// Component parameters of the read path: the read voltage on T1, the device, the transimpedance (sense) stage on T3,
/// the ADC and the averaging (hardware/README.md, "Read chain").
/// </summary>
public sealed record ReadChainDesign
{
    /// <summary>Read voltage on T1, V (paper: 0.1 V).</summary>
    public double ReadVolts { get; init; } = 0.1;

    /// <summary>Device resistance T1->T3, ohm (paper window 740..880 ohm).</summary>
    public double DeviceOhms { get; init; } = 800;

    /// <summary>Board temperature, K.</summary>
    public double TemperatureKelvin { get; init; } = 300;

    /// <summary>TIA feedback (sense) resistor, ohm: the sense gain is -SenseOhms V/A.</summary>
    public required double SenseOhms { get; init; }

    /// <summary>TIA feedback capacitor, F: sets the stage's time constant and so its settling.</summary>
    public required double SenseFarads { get; init; }

    /// <summary>TIA op-amp input voltage noise density (white region), V/sqrt(Hz).</summary>
    public required double TiaVoltageNoiseDensity { get; init; }

    /// <summary>TIA op-amp input current noise density, A/sqrt(Hz).</summary>
    public required double TiaCurrentNoiseDensity { get; init; }

    /// <summary>Noise density of the read voltage on T1 (DAC output noise times the output stage's noise gain), V/sqrt(Hz).</summary>
    public required double ReadSourceNoiseDensity { get; init; }

    /// <summary>
    /// Low-frequency (0.1..10 Hz) relative rms noise of the references that set the read voltage and the ADC scale.
    /// Averaging over milliseconds does not reduce it, so it is carried unaveraged.
    /// </summary>
    public required double ReferenceRelativeNoiseRms { get; init; }

    /// <summary>The converter at its configured rate and filter.</summary>
    public required AdcModel Adc { get; init; }

    /// <summary>Conversions averaged per read (paper: the B1500A averaged 11 samples).</summary>
    public required int AverageCount { get; init; }

    /// <summary>Fixed settling allowance for switch charge injection, cable and device capacitance, s.</summary>
    public required double SettleGuardSeconds { get; init; }
}
