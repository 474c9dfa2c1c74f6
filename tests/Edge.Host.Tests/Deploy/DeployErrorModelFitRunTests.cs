// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Plan;
using Edge.Host.Deploy;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Host.Tests.Deploy;

public sealed class DeployErrorModelFitRunTests : IDisposable
{
    // An 8-level table from 880 ohm down to 740 ohm; the deployment used 4 of its levels (2 bits).
    private static readonly double[] Reached = [880, 860.1, 840.3, 820, 799.8, 780.2, 760.1, 740];
    private static readonly int[] Calibrated = [0, 2, 5, 7];
    private readonly string directory = Directory.CreateTempSubdirectory("edge-fit-deploy-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void A_journal_with_read_backs_gives_a_model_of_the_deployed_levels_with_their_spread()
    {
        WriteCalibration();
        string journal = WriteJournal(devicesPerLevel: 400, readbackSigmaOhms: 0.05, seed: 3);

        var (model, _) = DeployErrorModelFitRun.Run(journal, directory, 8, Path.Combine(directory, "m.json"), new ErrorModelFitOptions(BootstrapReplicates: 19), 1);

        Assert.Equal(4, model.Levels);
        for (int j = 0; j < 4; j++)
        {
            Assert.Equal((880 - Reached[Calibrated[j]]) / 140, model.Actual[j], 1e-9);

            // 0.05 ohm of a 140 ohm window, normal: spread 3.6e-4 (a t with large nu, or a narrow band).
            double spread = Math.Sqrt(LevelErrorDistribution.MeanSquare(0, model.Scale[j], model.Nu[j], model.Band[j]));
            Assert.InRange(spread, 0.05 / 140 * 0.85, 0.05 / 140 * 1.15);
        }

        Assert.StartsWith("deploy-readback: 1600 devices", model.SampleSource, StringComparison.Ordinal);
        Assert.Equal([740.0, 880.0], model.WindowOhm!);
    }

    [Fact]
    public void A_journal_from_another_calibration_is_refused_naming_the_journal()
    {
        WriteCalibration();
        string journal = WriteJournal(devicesPerLevel: 10, readbackSigmaOhms: 0.05, seed: 4, targetShiftOhms: 0.5);

        var ex = Assert.Throws<EdgeException>(() => DeployErrorModelFitRun.Run(journal, directory, 8, Path.Combine(directory, "m.json"), new ErrorModelFitOptions(BootstrapReplicates: 0), 1));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains(journal, ex.Message, StringComparison.Ordinal);
    }

    private void WriteCalibration()
    {
        var lines = new List<string> { "level,target_ohm,reached_ohm,occupied,program_level" };
        lines.AddRange(Reached.Select((r, k) => string.Create(CultureInfo.InvariantCulture, $"{k},{r:R},{r:R},1,{k}")));
        File.WriteAllLines(Path.Combine(directory, "levels-8-potentiation.csv"), lines);
        File.WriteAllText(Path.Combine(directory, "summary.json"), """{"calibration_id": "cal-test"}""");
    }

    private string WriteJournal(int devicesPerLevel, double readbackSigmaOhms, int seed, double targetShiftOhms = 0)
    {
        var devices = new List<DeployDevice>();
        for (int i = 0; i < 4 * devicesPerLevel; i++)
        {
            int j = i % 4;
            devices.Add(new DeployDevice(0, i, false, j, Calibrated[j], Calibrated[j], Reached[Calibrated[j]] + targetShiftOhms));
        }

        string path = Path.Combine(directory, "journal.sqlite");
        var random = new Random(seed);
        using var journal = DeployJournal.Open(path);
        journal.WritePlan(new DeployPlan(devices, ["fc"], 8, 8), new Dictionary<string, string> { ["scheme"] = "ffp-seek" }, devices.Count);
        journal.StoreReadback(devices.Select((d, i) => ((long)i, d.TargetOhms + Normal.Sample(random, 0, readbackSigmaOhms))));
        return path;
    }
}
