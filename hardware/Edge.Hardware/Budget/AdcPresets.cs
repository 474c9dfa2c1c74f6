// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>ADC settings the budget compares (numbers and their sources in hardware/README.md, "Sources").</summary>
public static class AdcPresets
{
    // ADS1262 data sheet SBAS661C, ADC1 noise table, gain 1 (PGA bypassed), 2.5 SPS, sinc1: 0.121 uV rms.
    private const double Ads1262NoiseAt2p5SpsVolts = 0.121e-6;

    /// <summary>
    /// ADS1262, PGA bypassed, internal 2.5 V reference (+-2.5 V), sinc1 at <paramref name="dataRateHz"/>. Noise is
    /// scaled from the data sheet's 2.5 SPS sinc1 entry as white noise (sqrt of the rate); sinc1's noise bandwidth
    /// is rate / 2 and its first conversion after START settles in about one period.
    /// </summary>
    public static AdcModel Ads1262Sinc1(double dataRateHz)
    {
        if (!(dataRateHz >= 2.5 && dataRateHz <= 38400))
        {
            throw new ArgumentOutOfRangeException(nameof(dataRateHz), dataRateHz, "ADS1262 data rates are 2.5 to 38400 SPS");
        }

        return new AdcModel
        {
            Name = $"ADS1262 sinc1 {dataRateHz:0.#} SPS",
            Bits = 32,
            SpanVolts = 5.0,
            NoiseRmsVolts = Ads1262NoiseAt2p5SpsVolts * Math.Sqrt(dataRateHz / 2.5),
            DataRateHz = dataRateHz,
            NoiseBandwidthHz = dataRateHz / 2,
            FirstConversionSeconds = 1 / dataRateHz,
        };
    }

    /// <summary>
    /// The ESP32's own 12-bit SAR ADC (the "why not skip the external ADC" option), 12 dB attenuation: usable input
    /// about 0.15..2.45 V (ESP-IDF ADC documentation), credited with an optimistic 1 LSB rms noise and 1 kSPS.
    /// </summary>
    public static AdcModel Esp32Internal()
    {
        const double spanVolts = 2.45;
        return new AdcModel
        {
            Name = "ESP32 SAR ADC 12-bit",
            Bits = 12,
            SpanVolts = spanVolts,
            NoiseRmsVolts = spanVolts / 4096,
            DataRateHz = 1000,
            NoiseBandwidthHz = 500,
            FirstConversionSeconds = 1e-3,
        };
    }
}
