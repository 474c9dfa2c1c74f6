// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>What the read budget needs to know about one ADC at one data rate and filter setting.</summary>
public sealed record AdcModel
{
    /// <summary>Part and setting, for reports.</summary>
    public required string Name { get; init; }

    /// <summary>Output code width, bits.</summary>
    public required int Bits { get; init; }

    /// <summary>Input span from negative to positive full scale, V (ADS1262 bypassed: 2 x VREF = 5 V).</summary>
    public required double SpanVolts { get; init; }

    /// <summary>Input-referred rms noise of one conversion (data sheet noise table), V.</summary>
    public required double NoiseRmsVolts { get; init; }

    /// <summary>Output data rate, conversions per second.</summary>
    public required double DataRateHz { get; init; }

    /// <summary>
    /// Equivalent noise bandwidth of one conversion for white noise at the input, Hz. A sinc1 (boxcar of 1/rate) has
    /// rate/2; higher sinc orders are narrower.
    /// </summary>
    public required double NoiseBandwidthHz { get; init; }

    /// <summary>Time from START to the first settled conversion, s.</summary>
    public required double FirstConversionSeconds { get; init; }

    /// <summary>One code step, V.</summary>
    public double LsbVolts => SpanVolts / Math.Pow(2, Bits);
}
