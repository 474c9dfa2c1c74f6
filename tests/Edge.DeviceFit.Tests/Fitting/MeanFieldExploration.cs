// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Fitting;
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Shared.Formats;
using Xunit;
using Xunit.Abstractions;

namespace Edge.DeviceFit.Tests.Fitting;

public sealed class MeanFieldExploration(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    public void Explore(double gamma)
    {
        var device = DeviceParameters.Paper with { StepExponent = gamma, CellResistanceSigmaFraction = 0, CellWindowSigmaFraction = 0, CellRateSigmaFraction = 0 };
        var array = new MemristorArray(device, 4000);
        var nominal = SweepModel.NominalCell(device);
        foreach (double v in new[] { 0.5, 2.0, 4.0, 7.0, -0.5, -2.0, -4.0, -7.0 })
        {
            double start = v > 0 ? device.HrsOhm : device.LrsOhm;
            var mean = new double[101];
            for (int c = 0; c < array.Count; c++)
            {
                array[c].SetResistance(start);
                for (int p = 1; p <= 100; p++)
                {
                    array[c].ApplyPulse(v, 2000);
                    mean[p] += array[c].ResistanceOhms / array.Count;
                }
            }

            var sweep = new MeasuredSweep(v > 0 ? Direction.Potentiation : Direction.Depression, Math.Abs(v), 2000, 1, new[] { start }.Concat(Enumerable.Repeat(start, 100)).ToArray(), 2);
            var predicted = SweepModel.Predict(nominal, sweep);
            double worst = Enumerable.Range(1, 100).Max(p => Math.Abs(predicted[p] - mean[p]));
            output.WriteLine($"gamma {gamma} V {v}: worst |mean - predicted| {worst:F3} ohm; p1 {mean[1]:F3} vs {predicted[1]:F3}; p10 {mean[10]:F3} vs {predicted[10]:F3}; p100 {mean[100]:F3} vs {predicted[100]:F3}");
        }
    }
}
