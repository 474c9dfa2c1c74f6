// SPDX-License-Identifier: MIT
using System.Security.Cryptography;
using System.Text.Json;
using Edge.Host.Records;
using Xunit;

namespace Edge.Cli.Tests.Commands;

/// <summary>
/// Every result can be traced: each output JSON names the build, the command line, the run and its inputs by hash, and
/// each command leaves a row with the same values in its folder's run database, which <c>edge runs</c> lists.
/// </summary>
[Collection("torch")]
public sealed class RunRecordTests
{
    private static readonly string[] ProvenanceFields = ["edge_version", "git_commit", "command_line", "run_id", "inputs"];

    [Fact]
    public void Calibrate_fit_and_simulate_outputs_carry_provenance_and_a_run_record_with_the_same_run_id()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"edge-runs-{Guid.NewGuid():N}");
        try
        {
            string cal = Path.Combine(dir, "cal");
            string model = Path.Combine(dir, "fit", "err.json");
            string sim = Path.Combine(dir, "sim");
            Run("calibrate", "--sim", "--out", cal, "--levels", "32");
            Run("fit", "--calibration", cal, "--levels", "32", "--out", model);
            Run("simulate", "transfer", "--model", "mlp", "--dataset", "mnist", "--error-model", model, "--bits", "3", "--trials", "1", "--epochs", "1", "--train-limit", "500", "--test-limit", "100", "--out", sim);

            foreach (var (json, command) in new[] { (Path.Combine(cal, "summary.json"), "calibrate"), (model, "fit"), (Path.Combine(sim, "results.json"), "simulate transfer") })
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(json));
                var root = doc.RootElement;
                Assert.All(ProvenanceFields, f => Assert.True(root.TryGetProperty(f, out _), $"{json} lacks {f}"));
                Assert.StartsWith($"edge {command} ", root.GetProperty("command_line").GetString(), StringComparison.Ordinal);
                string runId = root.GetProperty("run_id").GetString()!;
                var record = RunRecorder.ReadAll(Path.GetDirectoryName(json)!).Single(r => r.Id == runId);
                Assert.Equal(command, record.Command);
                Assert.Equal("completed", record.Status);
                Assert.Equal(root.GetProperty("command_line").GetString(), record.CommandLine);
                Assert.Equal(root.GetProperty("git_commit").GetString(), record.GitCommit);
                Assert.NotNull(record.FinishedUtc);
                Assert.Contains(Path.GetFullPath(json), record.OutputsJson, StringComparison.Ordinal);
            }

            // The fit names the samples it read and the simulation the error model, each by its content's hash.
            AssertInput(model, "programming_samples", Path.Combine(cal, "programming-samples.csv"));
            AssertInput(Path.Combine(sim, "results.json"), "error_model", model);

            var (code, output, _) = CliRunner.Run("runs", dir);
            Assert.Equal(0, code);
            Assert.Contains("calibrate", output, StringComparison.Ordinal);
            Assert.Contains("fit", output, StringComparison.Ordinal);
            Assert.Contains("simulate transfer", output, StringComparison.Ordinal);
            Assert.Contains("digital_accuracy", output, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_command_writing_into_a_calibration_folder_keeps_its_record_apart_from_the_calibrations_resume_state()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"edge-calrec-{Guid.NewGuid():N}");
        try
        {
            Run("calibrate", "--sim", "--out", dir, "--levels", "32");
            Run("fit", "--calibration", dir, "--levels", "32", "--out", Path.Combine(dir, "err.json"));
            var runs = RunRecorder.ReadAll(dir);
            Assert.Equal(["calibrate"], runs.Where(r => r.DatabasePath.EndsWith("calibration.sqlite", StringComparison.Ordinal)).Select(r => r.Command));
            Assert.Equal(["fit"], runs.Where(r => r.DatabasePath.EndsWith(RunRecorder.FileName, StringComparison.Ordinal)).Select(r => r.Command));

            // The calibration is still the folder's latest: a second one without --resume is refused, nothing overwritten.
            var (code, _, error) = CliRunner.Run("calibrate", "--sim", "--out", dir, "--levels", "32");
            Assert.Equal((int)Edge.Analog.Errors.ExitCode.Usage, code);
            Assert.Contains("--resume", error, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Calibration_csv_columns_name_resistance_in_ohm()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"edge-csv-{Guid.NewGuid():N}");
        try
        {
            Run("calibrate", "--sim", "--out", dir, "--levels", "32");
            var columns = Directory.GetFiles(dir, "*.csv").SelectMany(f => File.ReadLines(f).First().Split(',').Select(c => (File: Path.GetFileName(f), Column: c)));
            Assert.All(columns, c => Assert.False(c.Column.EndsWith("_ohms", StringComparison.Ordinal), $"{c.File}: column {c.Column} (resistance columns end in _ohm)"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void AssertInput(string json, string role, string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var input = doc.RootElement.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == role);
        Assert.Equal(Path.GetFullPath(file), input.GetProperty("path").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))), input.GetProperty("sha256").GetString());
    }

    private static void Run(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == 0, $"edge {string.Join(' ', args)} failed ({code}): {error}\n{output}");
    }
}
