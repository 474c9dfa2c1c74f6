// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Board;

/// <summary>
/// The simulated read chain (sense stage + ADC), mirroring the reference board's budget (hardware/README.md,
/// Edge.Hardware.Budget.ReferenceDesign): 2.32 nA rms current noise per averaged read at 0.1 V (0.015 ohm at
/// 800 ohm; the paper's B1500A resolved 10 nA), the ADS1262 code size through the 4.99 kohm TIA, the +-501 uA full
/// scale above which the ADC saturates, and the 9.8 ms one averaged read takes (11 conversions at 1200 SPS).
/// </summary>
public sealed record ReadChainSettings
{
    /// <summary>Current noise of one averaged read, A rms.</summary>
    public double NoiseAmpsRms { get; init; } = 2.32e-9;

    /// <summary>Current resolution of the ADC after the sense gain, A per code.</summary>
    public double LsbAmps { get; init; } = 0.23e-12;

    /// <summary>Largest current the chain measures before saturating, A (2.5 V over 4.99 kohm).</summary>
    public double FullScaleAmps { get; init; } = 501e-6;

    /// <summary>Device time of one averaged read (0.63 ms settling + 11 conversions), ms.</summary>
    public double ReadTimeMs { get; init; } = 9.8;
}
