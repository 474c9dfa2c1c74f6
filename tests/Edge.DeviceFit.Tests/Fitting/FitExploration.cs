// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Fitting;
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Xunit;
using Xunit.Abstractions;

namespace Edge.DeviceFit.Tests.Fitting;

public sealed class FitExploration(ITestOutputHelper output)
{
    [Theory]
    [InlineData("paper", 2000)]
    [InlineData("untuned", 2000)]
    [InlineData("perturbed", 800)]
    public void Explore(string which, double width)
    {
        var device = which switch
        {
            "paper" => DeviceParameters.Paper,
            "untuned" => DeviceParameters.Load(Path.Combine(Root(), "tests/fixtures/devices/untuned-1650-1300.json")),
            _ => DeviceParameters.Paper with { HrsOhm = 12000, LrsOhm = 9000, Seed = 77, PotentiationTimeConstantMs = 1200, DepressionTimeConstantMs = 2500, DriftScaleVolts = 8, FullWindowVolts = 5.5, BoundExponent = 1.8, BoundOverreachFraction = 0.12, StepExponent = 1.5 },
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        string path = VirtualSweeps.MeasureToFile(device, width);
        output.WriteLine($"measure {watch.ElapsedMilliseconds} ms");
        var sweeps = SweepsFile.Load(path);
        watch.Restart();
        var fit = DeviceFitter.Fit(sweeps, 1, 0);
        output.WriteLine($"fit {watch.ElapsedMilliseconds} ms, {fit.Iterations} it, rms {fit.RmsResidualOhms:G4}, R2 {fit.RSquared:G6}");
        var cell = new MemristorArray(device, 1)[0];
        output.WriteLine($"cell lrs {cell.LrsOhm:F3} hrs {cell.HrsOhm:F3} taup {cell.PotentiationTimeConstantMs:F1} taud {cell.DepressionTimeConstantMs:F1}");
        foreach (var e in fit.Estimates)
        {
            output.WriteLine($"{e.Name} = {e.Value:G6} +- {e.HessianStandardError:G3}");
        }

        var check = SaturationCheck.Run(fit.Device, sweeps);
        output.WriteLine($"saturation rms {check.RmsOhms:G4}");
        File.Delete(path);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Edge.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
