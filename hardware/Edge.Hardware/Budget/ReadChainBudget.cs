// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>
/// The read-path noise and resolution budget: every source referred to the device current T1->T3, averaged over the
/// conversions of one read, and the time that read takes.
/// </summary>
public static class ReadChainBudget
{
    /// <summary>Required resolution at ~125 uA (paper: the B1500A resolved 10 nA; 0.064 ohm of 800 ohm).</summary>
    public const double TargetStepAmps = 10e-9;

    /// <summary>Computes the budget for <paramref name="design"/>.</summary>
    /// <exception cref="ArgumentException">A parameter is non-positive or the average count is below 1.</exception>
    public static ReadChainResult Evaluate(ReadChainDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        Validate(design);
        double currentAmps = design.ReadVolts / design.DeviceOhms;
        int n = design.AverageCount;

        // White noise seen through one conversion's noise bandwidth, then averaged over n independent conversions.
        double rootBandwidth = Math.Sqrt(design.Adc.NoiseBandwidthHz / n);
        double lsbVolts = design.Adc.LsbVolts;
        var terms = new List<NoiseTerm>
        {
            // A noisy read voltage drives a noisy current through the device: i = v / R.
            new("read voltage source (DAC + output stage)", design.ReadSourceNoiseDensity / design.DeviceOhms * rootBandwidth),
            new("device thermal noise", ThermalNoise.CurrentDensity(design.DeviceOhms, design.TemperatureKelvin) * rootBandwidth),
            new("sense resistor thermal noise", ThermalNoise.CurrentDensity(design.SenseOhms, design.TemperatureKelvin) * rootBandwidth),

            // The op-amp's input voltage noise appears across the source impedance (device) and the feedback resistor.
            new("TIA voltage noise", design.TiaVoltageNoiseDensity * ((1 / design.DeviceOhms) + (1 / design.SenseOhms)) * rootBandwidth),
            new("TIA current noise", design.TiaCurrentNoiseDensity * rootBandwidth),
            new("ADC noise per conversion", design.Adc.NoiseRmsVolts / design.SenseOhms / Math.Sqrt(n)),

            // A steady input returns the same code every time unless other noise dithers it: count it unaveraged.
            new("ADC quantisation", lsbVolts / Math.Sqrt(12) / design.SenseOhms),
            new("reference low-frequency noise", design.ReferenceRelativeNoiseRms * currentAmps),
        };
        terms.Sort((a, b) => b.RmsAmps.CompareTo(a.RmsAmps));

        double noiseAmps = Math.Sqrt(terms.Sum(t => t.RmsAmps * t.RmsAmps));
        double lsbAmps = lsbVolts / design.SenseOhms;
        double stepAmps = Math.Max(2 * Math.Sqrt(2) * noiseAmps, lsbAmps);

        // The TIA output is a first-order step of time constant R_f C_f: settle to a tenth of the resolvable step.
        double tauSeconds = design.SenseOhms * design.SenseFarads;
        double settleSeconds = (tauSeconds * Math.Log(currentAmps / (stepAmps / 10))) + design.SettleGuardSeconds;
        double readSeconds = settleSeconds + design.Adc.FirstConversionSeconds + ((n - 1) / design.Adc.DataRateHz);

        return new ReadChainResult
        {
            ReadCurrentAmps = currentAmps,
            Terms = terms,
            NoiseRmsAmps = noiseAmps,
            LsbAmps = lsbAmps,
            ResolvableStepAmps = stepAmps,
            ResolvableStepOhms = design.DeviceOhms * design.DeviceOhms * stepAmps / design.ReadVolts,
            FullScaleAmps = design.Adc.SpanVolts / 2 / design.SenseOhms,
            SettleSeconds = settleSeconds,
            ReadSeconds = readSeconds,
        };
    }

    private static void Validate(ReadChainDesign d)
    {
        double[] positives =
        {
            d.ReadVolts, d.DeviceOhms, d.TemperatureKelvin, d.SenseOhms, d.SenseFarads, d.Adc.SpanVolts,
            d.Adc.DataRateHz, d.Adc.NoiseBandwidthHz, d.Adc.FirstConversionSeconds,
        };
        double[] nonNegatives =
        {
            d.TiaVoltageNoiseDensity, d.TiaCurrentNoiseDensity, d.ReadSourceNoiseDensity, d.ReferenceRelativeNoiseRms,
            d.Adc.NoiseRmsVolts, d.SettleGuardSeconds,
        };
        if (positives.Any(v => !(v > 0)) || nonNegatives.Any(v => !(v >= 0)) || d.AverageCount < 1 || d.Adc.Bits < 1)
        {
            throw new ArgumentException(
                "read chain parameters must be finite and positive (noise terms may be 0) and AverageCount >= 1",
                nameof(d));
        }
    }
}
