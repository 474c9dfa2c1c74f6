// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Fitting;
using Edge.Hardware.Device;
using Xunit;
using Xunit.Abstractions;

namespace Edge.DeviceFit.Tests.Fitting;

/// <summary>
/// Proof of the fit: sweeps measured on a virtual board of a device the fit has never seen, written by calibrate's own
/// writer and read back, give back that device within the tolerances docs/device-model.md states; and a virtual board
/// built from the fitted file reproduces the measured saturation levels within 1 ohm rms.
/// </summary>
public sealed class DeviceFitterTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("paper-tio2", 2000, 5UL)]
    [InlineData("untuned-1650-1300", 2000, 6UL)]
    [InlineData("narrow-1200-1000", 800, 7UL)]
    [InlineData("wide-2600-2200", 2000, 8UL)]
    public void Sweeps_of_an_unseen_device_fit_back_to_its_parameters(string name, double widthMs, ulong boardSeed)
    {
        var truth = TestDevices.Named(name);
        var cell = new MemristorArray(truth, 1)[0];
        var fit = DeviceFitter.Fit(VirtualSweeps.ThroughCsv(truth, widthMs, boardSeed), seed: 1, bootstrapResamples: 0);
        var d = fit.Device;
        output.WriteLine($"{name}: rms residual {fit.RmsResidualOhms:F3} ohm, R^2 {fit.RSquared:F4}; measured cell LRS {cell.LrsOhm:F3} ohm, HRS {cell.HrsOhm:F3} ohm");
        foreach (var e in fit.Estimates)
        {
            output.WriteLine($"  {e.Name} = {e.Value:G6} (Hessian +- {e.HessianStandardError:G3}){(e.AtRangeEdge ? " at the end of its range" : string.Empty)}");
        }

        // The window of the measured cell (the device's nominal one moved by its cell-to-cell draw): within 0.5 % of it.
        double window = cell.HrsOhm - cell.LrsOhm;
        Assert.InRange(d.LrsOhm - cell.LrsOhm, -0.005 * window, 0.005 * window);
        Assert.InRange(d.HrsOhm - cell.HrsOhm, -0.005 * window, 0.005 * window);

        // A true soft-bound exponent of 1 is the floor of its range (1.001): the fit lands there and says so, since its
        // errors then mean nothing; every other field is inside its range.
        Assert.Equal(truth.StepExponent == 1.0, fit.Estimates.Single(e => e.Name == "step_exponent").AtRangeEdge);
        Assert.All(fit.Estimates.Where(e => e.Name != "step_exponent"), e => Assert.False(e.AtRangeEdge, e.Name));

        // The bound law.
        Assert.InRange(d.FullWindowVolts - truth.FullWindowVolts, -0.1, 0.1);
        Assert.InRange(d.BoundExponent / truth.BoundExponent, 0.95, 1.05);
        Assert.InRange(d.BoundOverreachFraction - truth.BoundOverreachFraction, -0.01, 0.01);
        Assert.InRange(d.StepExponent - truth.StepExponent, -0.15, 0.15);

        // The rate law: what the sweeps determine is the fraction of the distance one pulse closes at each voltage,
        // 1 - exp(-(w/tau) sinh(V/V_d)); within 10 % from 1 to 5 V in both directions.
        var fitted = SweepModel.NominalCell(d);
        foreach (double volts in new[] { 1.0, 3.0, 5.0 })
        {
            double potentiation = fitted.StepFraction(volts, widthMs) / cell.StepFraction(volts, widthMs);
            double depression = fitted.StepFraction(-volts, widthMs) / cell.StepFraction(-volts, widthMs);
            output.WriteLine($"  step fraction at {volts} V, fitted / true: potentiation {potentiation:F3}, depression {depression:F3}");
            Assert.InRange(potentiation, 0.9, 1.1);
            Assert.InRange(depression, 0.9, 1.1);
        }
    }

    [Fact]
    public void Bootstrap_errors_cover_the_actual_errors_of_the_well_determined_quantities()
    {
        var truth = TestDevices.Named("untuned-1650-1300");
        var cell = new MemristorArray(truth, 1)[0];
        var fit = DeviceFitter.Fit(VirtualSweeps.ThroughCsv(truth, 2000, 21), seed: 1, bootstrapResamples: 12);

        // Within 4 bootstrap standard errors, plus what resampling cannot see: 0.05 ohm of read resolution on the window
        // and up to 3 % of k from the mean-curve model (docs/device-model.md, "Bring your device").
        var field = fit.Estimates.ToDictionary(e => e.Name);
        void Covers(string what, double error, double? standardError, double slack = 0)
        {
            output.WriteLine($"{what}: error {error:G3}, bootstrap standard error {standardError:G3}");
            Assert.NotNull(standardError);
            Assert.True(Math.Abs(error) <= (4 * standardError!.Value) + slack, $"{what}: error {error:G3} beyond 4 bootstrap standard errors {standardError:G3}");
        }

        Covers("lrs_ohm", fit.Device.LrsOhm - cell.LrsOhm, field["lrs_ohm"].BootstrapStandardError, slack: 0.05);
        Covers("hrs_ohm", fit.Device.HrsOhm - cell.HrsOhm, field["hrs_ohm"].BootstrapStandardError, slack: 0.05);
        var fitted = SweepModel.NominalCell(fit.Device);
        foreach (var k in fit.StepFractions.Where(k => k.Condition.Volts is 1.0 or 3.0))
        {
            double signed = k.Condition.Direction == Edge.Shared.Formats.Direction.Potentiation ? k.Condition.Volts : -k.Condition.Volts;
            Assert.Equal(fitted.StepFraction(signed, 2000), k.Value, 12);
            Covers($"k({signed} V)", k.Value - cell.StepFraction(signed, 2000), k.BootstrapStandardError, slack: 0.03 * k.Value);
        }

        // The valley: tau_p alone is far less certain than the step fractions it enters.
        Assert.True(field["potentiation_time_constant_ms"].BootstrapStandardError / field["potentiation_time_constant_ms"].Value > 0.05);
    }

    [Theory]
    [InlineData("paper-tio2", 2000, 11UL)]
    [InlineData("untuned-1650-1300", 2000, 12UL)]
    [InlineData("narrow-1200-1000", 800, 13UL)]
    public void A_virtual_board_of_the_fitted_file_reproduces_the_measured_saturation_levels(string name, double widthMs, ulong boardSeed)
    {
        var measured = VirtualSweeps.ThroughCsv(TestDevices.Named(name), widthMs, boardSeed);
        var fit = DeviceFitter.Fit(measured, seed: 3, bootstrapResamples: 0);
        string path = Path.Combine(Path.GetTempPath(), $"edge-fitted-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, fit.Device.ToJson());
            var simulated = VirtualSweeps.ThroughCsv(DeviceParameters.Load(path), widthMs, boardSeed + 100);
            var levels = measured.GroupBy(s => s.Condition).Select(g => (
                Measured: g.Average(s => s.EndLevelOhms(SaturationCheck.EndReads)),
                Simulated: simulated.Where(s => s.Condition == g.Key).Average(s => s.EndLevelOhms(SaturationCheck.EndReads)))).ToList();
            double rms = Math.Sqrt(levels.Average(l => (l.Measured - l.Simulated) * (l.Measured - l.Simulated)));
            output.WriteLine($"{name}: saturation levels of the virtual board from the fitted file vs measured: rms {rms:F3} ohm over {levels.Count} conditions");
            Assert.InRange(rms, 0, 1.0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
