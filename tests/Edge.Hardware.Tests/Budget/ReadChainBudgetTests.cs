// SPDX-License-Identifier: MIT
using Edge.Hardware.Budget;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Hardware.Tests.Budget;

public sealed class ReadChainBudgetTests
{
    private readonly ITestOutputHelper output;

    public ReadChainBudgetTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Reference_design_resolves_ten_nanoamps_at_the_paper_read_point()
    {
        ReadChainResult r = ReadChainBudget.Evaluate(ReferenceDesign.ReadChain());
        Print("reference design", r);

        Assert.Equal(125e-6, r.ReadCurrentAmps, 1e-12);
        Assert.True(r.Resolves(ReadChainBudget.TargetStepAmps));

        // The figures hardware/README.md quotes: ~2.3 nA rms, ~6.6 nA step, ~0.04 ohm at 800 ohm, ~9.8 ms per read.
        Assert.InRange(r.NoiseRmsAmps, 2.2e-9, 2.5e-9);
        Assert.InRange(r.ResolvableStepAmps, 6.2e-9, 7.0e-9);
        Assert.InRange(r.ResolvableStepOhms, 0.039, 0.045);
        Assert.InRange(r.ReadSeconds, 9.5e-3, 10.2e-3);
        Assert.InRange(r.FullScaleAmps, 500e-6, 502e-6);
        Assert.Equal("read voltage source (DAC + output stage)", r.Terms[0].Name);
    }

    [Fact]
    public void Removing_the_averaging_breaks_the_budget()
    {
        ReadChainResult single = ReadChainBudget.Evaluate(ReferenceDesign.ReadChain() with { AverageCount = 1 });
        Print("no averaging", single);
        Assert.False(single.Resolves(ReadChainBudget.TargetStepAmps));
    }

    [Fact]
    public void The_ESP32_internal_ADC_cannot_resolve_ten_nanoamps_even_with_averaging()
    {
        ReadChainResult esp32 = ReadChainBudget.Evaluate(ReferenceDesign.ReadChain() with { Adc = AdcPresets.Esp32Internal() });
        Print("ESP32 ADC", esp32);
        Assert.False(esp32.Resolves(ReadChainBudget.TargetStepAmps));
        Assert.True(esp32.LsbAmps > ReadChainBudget.TargetStepAmps);
    }

    [Fact]
    public void A_DAC_four_times_noisier_breaks_the_budget()
    {
        var design = ReferenceDesign.ReadChain();
        ReadChainResult noisy = ReadChainBudget.Evaluate(design with { ReadSourceNoiseDensity = 4 * design.ReadSourceNoiseDensity });
        Assert.False(noisy.Resolves(ReadChainBudget.TargetStepAmps));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(16)]
    public void Averaged_white_noise_falls_with_the_square_root_of_the_count(int n)
    {
        // Only terms that average (everything except quantisation and the reference) scale as 1/sqrt(n).
        var design = ReferenceDesign.ReadChain() with { ReferenceRelativeNoiseRms = 0 };
        double one = ReadChainBudget.Evaluate(design with { AverageCount = 1 }).NoiseRmsAmps;
        double many = ReadChainBudget.Evaluate(design with { AverageCount = n }).NoiseRmsAmps;
        Assert.Equal(one / Math.Sqrt(n), many, one * 1e-6);
    }

    [Fact]
    public void Read_time_is_settling_plus_one_period_per_conversion()
    {
        var design = ReferenceDesign.ReadChain();
        ReadChainResult r = ReadChainBudget.Evaluate(design);
        Assert.Equal(r.SettleSeconds + (11 / 1200.0), r.ReadSeconds, 1e-12);
        Assert.True(r.SettleSeconds > design.SettleGuardSeconds);
    }

    [Theory]
    [InlineData(400, 11)]
    [InlineData(1200, 11)]
    [InlineData(7200, 64)]
    public void Noise_follows_the_averaged_noise_bandwidth_rate_over_two_n(double rateHz, int n)
    {
        // sinc1: each conversion sees rate/2 Hz, n of them average to rate/(2n): noise ~ sqrt(rate / n) (within 10 %,
        // the reference noise does not average). 7200 SPS x 64 spends the same time as 1200 SPS x 11 for the same noise.
        var reference = ReadChainBudget.Evaluate(ReferenceDesign.ReadChain());
        var other = ReadChainBudget.Evaluate(ReferenceDesign.ReadChain() with
        {
            Adc = AdcPresets.Ads1262Sinc1(rateHz),
            AverageCount = n,
        });
        Print($"{rateHz} SPS x {n}", other);
        double ratio = other.NoiseRmsAmps / reference.NoiseRmsAmps;
        double expected = Math.Sqrt((rateHz / n) / (1200.0 / 11));
        Assert.Equal(expected, ratio, 0.1 * expected);
    }

    [Fact]
    public void Invalid_parameters_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ReadChainBudget.Evaluate(ReferenceDesign.ReadChain() with { AverageCount = 0 }));
        Assert.Throws<ArgumentException>(() => ReadChainBudget.Evaluate(ReferenceDesign.ReadChain() with { SenseOhms = double.NaN }));
    }

    private void Print(string label, ReadChainResult r)
    {
        output.WriteLine($"{label}: I = {r.ReadCurrentAmps * 1e6:0.###} uA, noise = {r.NoiseRmsAmps * 1e9:0.###} nA rms, " +
            $"step = {r.ResolvableStepAmps * 1e9:0.###} nA = {r.ResolvableStepOhms:0.####} ohm, LSB = {r.LsbAmps * 1e9:0.######} nA, " +
            $"FS = {r.FullScaleAmps * 1e6:0.#} uA, settle = {r.SettleSeconds * 1e3:0.###} ms, read = {r.ReadSeconds * 1e3:0.###} ms");
        foreach (NoiseTerm t in r.Terms)
        {
            output.WriteLine($"    {t.Name}: {t.RmsAmps * 1e9:0.####} nA");
        }
    }
}
