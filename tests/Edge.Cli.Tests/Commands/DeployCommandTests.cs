// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands;

/// <summary>The whole user path on the virtual board: calibrate, fit, simulate, deploy, read back.</summary>
[Collection("torch")]
public sealed class DeployCommandTests
{
    [Fact]
    public void Deployment_interrupted_with_ctrl_c_resumes_on_the_in_process_board_and_reads_back_within_a_few_points_of_the_simulators_prediction()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"edge-deploy-{Guid.NewGuid():N}");
        try
        {
            string cal = Path.Combine(dir, "cal");
            string model = Path.Combine(dir, "err.json");
            string sim = Path.Combine(dir, "sim");
            Run("calibrate", "--sim", "--out", cal, "--levels", "32");
            Run("fit", "--calibration", cal, "--levels", "32", "--out", model);
            Run("simulate", "transfer", "--model", "mlp", "--dataset", "mnist", "--error-model", model, "--bits", "3", "--trials", "1", "--epochs", "3", "--train-limit", "3000", "--test-limit", "600", "--out", sim);
            string journal = Path.Combine(dir, "journal.sqlite");
            string[] deploy = ["deploy", "--weights", Path.Combine(sim, "weights.dat"), "--calibration", cal, "--error-model", model, "--bits", "3", "--journal", journal, "--out", Path.Combine(dir, "dep"), "--test-limit", "600"];

            // Ctrl+C while the board is being programmed: exit 7, the journal and the virtual board's cells are kept,
            // and the message gives the exact command that continues.
            using (var child = new EdgeProcess(dir, deploy))
            {
                int interrupted = child.InterruptWhenRunning("Using the built-in virtual board", TimeSpan.FromSeconds(3));
                Assert.True(interrupted == (int)ExitCode.Interrupted, $"exit {interrupted}:\n{child.Output}\n{child.Error}");
                Assert.Contains("Kept: ", child.Error, StringComparison.Ordinal);
                Assert.Contains($"edge {string.Join(' ', deploy)} --resume", child.Error, StringComparison.Ordinal);
                Assert.True(File.Exists(journal + ".board.json"), "the in-process board's cells are saved beside the journal");
                Assert.False(File.Exists(Path.Combine(dir, "dep", "deploy.json")), "an interrupted deployment writes no report");
            }

            var (code, output, error) = CliRunner.Run([.. deploy, "--resume"]);
            Assert.True(code is 0 or (int)ExitCode.DeviceLimit, $"resumed deploy failed ({code}): {error}\n{output}");

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "dep", "deploy.json")));
            var root = json.RootElement;
            double digital = root.GetProperty("digital_accuracy").GetDouble();
            double simulated = root.GetProperty("simulated_accuracy").GetDouble();
            double readback = root.GetProperty("readback_accuracy").GetDouble();
            Assert.Equal(234752, root.GetProperty("cells").GetInt32());
            Assert.True(root.GetProperty("cells_failed").GetInt32() < 234752 / 100, "fewer than 1 % failed cells");
            Assert.True(Math.Abs(readback - simulated) <= 0.03, $"read back {readback:P2} vs simulated {simulated:P2}");
            Assert.True(digital - readback <= 0.05, $"read back {readback:P2} vs digital {digital:P2}");
            Assert.True(File.Exists(Path.Combine(dir, "dep", "readback-vs-target.png")));

            // deploy.json names what was deployed: the weights and error model by hash, the model, dataset and calibration.
            Assert.StartsWith("edge deploy ", root.GetProperty("command_line").GetString(), StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{32}$", root.GetProperty("run_id").GetString());
            var inputs = root.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("role").GetString()!, i => i);
            Assert.Equal(64, inputs["weights"].GetProperty("sha256").GetString()!.Length);
            Assert.Equal(64, inputs["error_model"].GetProperty("sha256").GetString()!.Length);
            Assert.Equal("mlp", inputs["model"].GetProperty("name").GetString());
            Assert.Equal("mnist", inputs["dataset"].GetProperty("name").GetString());
            Assert.Matches("^[0-9a-f]{32}$", inputs["calibration_id"].GetProperty("name").GetString());

            // One row per programmed cell beside deploy.json.
            var cells = File.ReadLines(Path.Combine(dir, "dep", "cells.csv")).ToList();
            Assert.Equal(Edge.Host.Deploy.DeployCellsCsv.Header, cells[0]);
            Assert.Equal(234752 + 1, cells.Count);

            // Without --resume (or --force) an existing journal is never overwritten.
            var (againCode, _, againError) = CliRunner.Run(deploy);
            Assert.Equal((int)ExitCode.Usage, againCode);
            Assert.Contains("--resume", againError, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Run(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == 0, $"edge {string.Join(' ', args)} failed ({code}): {error}\n{output}");
    }
}
