// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Fitting;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Xunit;
using Xunit.Abstractions;

namespace Edge.DeviceFit.Tests.Fitting;

/// <summary>
/// Proof of the step-noise fit: sweeps measured on a virtual board (its ADC read noise included) of devices whose step
/// noise the fit has never seen give that noise back within 15 % (docs/device-model.md, "Bring your device").
/// </summary>
public sealed class StepNoiseFitterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("paper-tio2", 0.15, 5UL)]
    [InlineData("paper-tio2", 0.06, 6UL)]
    [InlineData("paper-tio2", 0.30, 7UL)]
    [InlineData("untuned-1650-1300", 0.10, 8UL)]
    [InlineData("narrow-1200-1000", 0.20, 9UL)]
    [InlineData("wide-2600-2200", 0.12, 10UL)]
    public void Sweeps_of_an_unseen_device_give_back_its_step_noise(string name, double stepNoise, ulong boardSeed)
    {
        var truth = TestDevices.Named(name) with { StepNoiseFraction = stepNoise };
        var sweeps = VirtualSweeps.ThroughCsv(truth, 2000, boardSeed);
        var fit = DeviceFitter.Fit(sweeps, seed: 1, bootstrapResamples: 0);
        var noise = fit.StepNoise!;
        output.WriteLine($"{name}: sigma_0 {noise.StepNoiseFraction:F4} +- {noise.StepNoiseFractionError:F4} (true {stepNoise}; ratio {noise.StepNoiseFraction / stepNoise:F3}), read noise {noise.ReadNoiseOhms * 1000:F1} mOhm, {noise.Conditions} conditions, rms log misfit {noise.RmsLogRatio:F3}");

        Assert.InRange(noise.StepNoiseFraction / stepNoise, 0.85, 1.15);
        Assert.Equal(noise.StepNoiseFraction, fit.Device.StepNoiseFraction);
        Assert.Contains(fit.Estimates, e => e.Name == "step_noise_fraction");
        Assert.DoesNotContain("step_noise_fraction", fit.Held.Keys);

        // The read noise is the board's current noise seen as resistance, dR = R^2 dI / V_read (0.1 V, the paper's
        // read), here at mid-window.
        double middle = (truth.LrsOhm + truth.HrsOhm) / 2;
        double expected = middle * middle * new ReadChainSettings().NoiseAmpsRms / 0.1;
        Assert.InRange(noise.ReadNoiseOhms / expected, 0.7, 1.5);
    }

    [Fact]
    public void Step_noise_stays_held_without_sweeps_at_low_voltage()
    {
        var sweeps = VirtualSweeps.ThroughCsv(TestDevices.Named("paper-tio2"), 2000, 11UL, [4.0, 5.0, 6.0, 7.0]);
        var fit = DeviceFitter.Fit(sweeps, seed: 1, bootstrapResamples: 0);

        Assert.Null(fit.StepNoise);
        Assert.Equal(DeviceParameters.Paper.StepNoiseFraction, fit.Held["step_noise_fraction"]);
        Assert.DoesNotContain(fit.Estimates, e => e.Name == "step_noise_fraction");
    }
}
