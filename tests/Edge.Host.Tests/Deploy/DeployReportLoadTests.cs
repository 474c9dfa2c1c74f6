// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Nodes;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.Deploy;
using Xunit;

namespace Edge.Host.Tests.Deploy;

public sealed class DeployReportLoadTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edge-deploy-report-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_deploy_folder_loads_with_its_read_back_and_test_image_count_for_the_weights_it_deployed()
    {
        string weights = Weights("deployed", "w1");
        Write(weights);

        var report = DeployReport.Load(root, weights);

        Assert.Equal(0.9123, report.ReadbackAccuracy);
        Assert.Equal(8, report.Levels);
        Assert.Equal(500, report.TestSamples);
    }

    [Fact]
    public void Other_weights_than_the_deployed_ones_are_refused_naming_both()
    {
        Write(Weights("deployed", "w1"));
        string other = Weights("other", "w2");

        var ex = Assert.Throws<EdgeException>(() => DeployReport.Load(root, other));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("deployed.dat", ex.Message, StringComparison.Ordinal);
        Assert.Contains("other.dat", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_deploy_json_is_refused_naming_the_file()
    {
        var ex = Assert.Throws<EdgeException>(() => DeployReport.Load(root));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("deploy.json", ex.Message, StringComparison.Ordinal);
    }

    private string Weights(string name, string content)
    {
        string path = Path.Combine(root, name + ".dat");
        File.WriteAllText(path, content);
        return path;
    }

    private void Write(string deployedWeights)
    {
        var report = new DeployReport
        {
            Cells = 10, Scheme = "ffp-seek", PulsesTotal = 70, PulsesPerCellMean = 7, PulsesPerCellP99 = 19, LevelErrorRms = 0.1,
            WithinHalfLevel = 1, CellsFailed = 0, CellsUnread = 0, DeviceSeconds = 5, SecondsWall = 1, DigitalAccuracy = 0.95,
            SimulatedAccuracy = 0.91, ReadbackAccuracy = 0.9123, Resumed = false, Levels = 8, TableGeneration = 1, PlanHash = "h", TestSamples = 500,
        };
        var json = JsonSerializer.SerializeToNode(report, JsonFiles.Options)!.AsObject();
        json["inputs"] = new JsonArray(new JsonObject { ["role"] = "weights", ["path"] = deployedWeights, ["sha256"] = RunProvenance.Sha256(deployedWeights) });
        File.WriteAllText(Path.Combine(root, "deploy.json"), json.ToJsonString(JsonFiles.Options));
    }
}
