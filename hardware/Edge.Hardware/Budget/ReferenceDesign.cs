// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Hardware.Budget;

/// <summary>
/// The reference board's component values (hardware/README.md and bom.csv). Values marked "planning" are
/// conservative design figures to be replaced by the data sheet's typical value of the revision you buy.
/// </summary>
public static class ReferenceDesign
{
    /// <summary>Output stage gain: AD5761R +-3 V range x 2.5 = +-7.5 V.</summary>
    public const double StageGain = 2.5;

    /// <summary>TIA feedback resistor, ohm (0.1 % thin film): +-2.5 V ADC span = +-501 uA.</summary>
    public const double SenseOhms = 4990;

    /// <summary>Conversions averaged per read (as the paper's B1500A: 11 samples).</summary>
    public const int AverageCount = 11;

    /// <summary>ADS1262 data rate of the reference read, SPS (sinc1).</summary>
    public const double DataRateHz = 1200;

    /// <summary>AD5761R output noise density on the +-3 V range, V/sqrt(Hz) (planning).</summary>
    public const double DacNoiseDensity = 100e-9;

    /// <summary>OPA189 input voltage noise density, V/sqrt(Hz) (data sheet typical; zero-drift, so no 1/f corner).</summary>
    public const double Opa189VoltageNoiseDensity = 5.2e-9;

    /// <summary>The reference read chain: ADS1262 at 1200 SPS sinc1, 11 conversions, 4.99 kohm TIA (OPA189).</summary>
    public static ReadChainDesign ReadChain() => new()
    {
        SenseOhms = SenseOhms,
        SenseFarads = 2.2e-9, // tau = 11 us, 14.5 kHz: stable with ~1 nF of bus and mux capacitance at the input
        TiaVoltageNoiseDensity = Opa189VoltageNoiseDensity,
        TiaCurrentNoiseDensity = 0.2e-12, // planning
        ReadSourceNoiseDensity = StageGain * Math.Sqrt((DacNoiseDensity * DacNoiseDensity)
            + (Opa189VoltageNoiseDensity * Opa189VoltageNoiseDensity)),
        ReferenceRelativeNoiseRms = 1e-6, // planning: 1 ppm rms 0.1..10 Hz for the DAC and ADC references together
        Adc = AdcPresets.Ads1262Sinc1(DataRateHz),
        AverageCount = AverageCount,
        SettleGuardSeconds = 0.5e-3, // switch charge injection and bus capacitance (planning)
    };

    /// <summary>The reference write path: AD5761R +-3 V x 2.5, LT1970A current-limited stage, ADG1409 + ADG1408 switches.</summary>
    public static WritePathDesign WritePath() => new()
    {
        DacBits = 16,
        MinVolts = -3.0 * StageGain,
        SpanVolts = 6.0 * StageGain,
        DacSettleSeconds = 7.5e-6, // planning: AD5761R full-scale settling
        SlewVoltsPerSecond = 1.6e6, // planning: LT1970A slew rate 1.6 V/us
        PulseVolts = HardLimits.MaxWriteVolts,
        ReadVolts = 0.1,
        ShortestPulseSeconds = 1e-3, // firmware HardLimits.MinWidthMicroseconds
        NominalPulseSeconds = 0.8, // paper: FFP pulse width
        CurrentLimitAmps = 2.5 / (10 * 5.0), // LT1970A: I = V_CSRC / (10 R_SENSE) with 2.5 V and 5 ohm
        SwitchOhmsPerBus = 2 * 4.5, // path mux + cell mux in series (ADG1409/ADG1408, planning)
        WriteLoadOhms = 400, // T2 and T4 driven in parallel into grounded T1/T3, each ~800 ohm (planning)
    };
}
