// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Fitting;
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Shared.Formats;
using Xunit;
using Xunit.Abstractions;

namespace Edge.DeviceFit.Tests.Fitting;

public sealed class CellExploration(ITestOutputHelper output)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Explore(bool noiseFree)
    {
        var device = DeviceParameters.Paper with { HrsOhm = 1650, LrsOhm = 1300, Seed = 4242, PotentiationTimeConstantMs = 2600, CellResistanceSigmaFraction = 0, CellWindowSigmaFraction = 0, CellRateSigmaFraction = 0 };
        var array = new MemristorArray(device, 3);
        var nominal = SweepModel.NominalCell(device);
        var sweeps = new List<MeasuredSweep>();
        foreach (var dir in new[] { Direction.Potentiation, Direction.Depression })
        {
            foreach (double v in VirtualSweeps.PaperVoltages)
            {
                for (int rep = 0; rep < 3; rep++)
                {
                    var cell = array[rep];
                    double start = dir == Direction.Potentiation ? device.HrsOhm : device.LrsOhm;
                    var template = new MeasuredSweep(dir, v, 2000, rep + 1, Enumerable.Repeat(start, 101).ToArray(), 2);
                    double[] r;
                    if (noiseFree)
                    {
                        r = SweepModel.Predict(nominal, template);
                    }
                    else
                    {
                        cell.SetResistance(start);
                        r = new double[101];
                        r[0] = start;
                        for (int p = 1; p <= 100; p++)
                        {
                            cell.ApplyPulse(template.SignedVolts, 2000);
                            r[p] = cell.ResistanceOhms;
                        }
                    }

                    sweeps.Add(template with { ResistancesOhms = r });
                }
            }
        }

        var fit = DeviceFitter.Fit(sweeps, 1, 0);
        output.WriteLine($"noise-free {noiseFree}: rms {fit.RmsResidualOhms:G4}");
        foreach (var e in fit.Estimates)
        {
            output.WriteLine($"{e.Name} = {e.Value:G6} +- {e.HessianStandardError:G3}");
        }
    }
}
