// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Nodes;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Hardware.Device;
using Edge.Host.Calibration.Run;
using Edge.Host.Formats;
using Edge.Host.Records;
using Edge.Reports;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Run;

/// <summary>End-to-end calibrations on the virtual board (each about a second of wall time).</summary>
public sealed class CalibrationRunTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edge-calibrate-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_paper_device_calibrates_to_fine_steps_and_fully_occupied_linear_levels()
    {
        using var v = new VirtualCalibration();
        string dir = Path.Combine(root, "run");

        var summary = v.Runner(VirtualCalibration.Small, dir).Run(resume: false);

        // FFP: a few hundred pulse events per direction at a median step inside the 0.1-0.3 ohm window.
        Assert.InRange(summary.Ffp.PulsesPotentiationMean, 450, 1000);
        Assert.InRange(summary.Ffp.PulsesDepressionMean, 450, 1000);
        Assert.InRange(summary.Ffp.MedianStepPotentiationOhm, 0.15, 0.25);
        Assert.InRange(summary.Ffp.MedianStepDepressionOhm, 0.15, 0.25);
        Assert.True(summary.Ffp.CellsInWindowPotentiation >= 0.85, $"{summary.Ffp.CellsInWindowPotentiation:P0} of cells in the window");
        Assert.True(summary.Ffp.CellsInWindowDepression >= 0.85, $"{summary.Ffp.CellsInWindowDepression:P0} of cells in the window");
        Assert.InRange(summary.Refinement.Rounds, 1, VirtualCalibration.Small.RefinementRounds);
        Assert.True(summary.Refinement.Converged);

        foreach (var level in summary.Levels)
        {
            Assert.Equal(level.N, level.Occupied);
            Assert.True(Math.Abs(level.Nu) <= 1e-2, $"n = {level.N} {level.Direction}: nu = {level.Nu}");
            Assert.Equal(2 * level.N, level.Samples);
            Assert.Equal(level.SkipProne, level.SkipProneLevels.Count);
            Assert.All(level.SkipProneLevels, k => Assert.InRange(k, 0, level.N - 1));
        }

        // summary.json names the skip-prone levels beside their count, and the mean write power of each direction.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "summary.json")));
        foreach (var level in json.RootElement.GetProperty("levels").EnumerateArray())
        {
            Assert.Equal(level.GetProperty("skip_prone").GetInt32(), level.GetProperty("skip_prone_levels").GetArrayLength());
        }

        var ffp = json.RootElement.GetProperty("ffp");
        Assert.InRange(ffp.GetProperty("mean_write_power_potentiation_milliwatts").GetDouble(), 1, 100);
        Assert.InRange(ffp.GetProperty("mean_write_power_depression_milliwatts").GetDouble(), 1, 100);

        Assert.All(summary.Levels.Where(l => l.N == 32), l => Assert.Equal(0, l.SkipProne));

        // The ladder sampling keeps device time to tens of hours (one sample per level per pass), not ~1000 h.
        Assert.InRange(summary.DeviceSeconds / 3600, 5, 60);
        var set = TableFiles.ReadTableSet(Path.Combine(dir, "table-set.bin"));
        Assert.Equal(summary.Tables.Generation, set.Generation);
        Assert.NotNull(set.FindProgram(Direction.Depression, 128));
        Assert.True(File.Exists(Path.Combine(dir, "programming-samples.csv")));
        Assert.True(File.Exists(Path.Combine(dir, "fig4ab-level-curves.svg")));
    }

    [Theory]
    [InlineData("sweep/depression/0.300/1")]
    [InlineData("ffp-refine/0")]
    [InlineData("levels/32/depression/pass/0")]
    public void A_resumed_calibration_gives_the_same_summary_as_an_uninterrupted_one(string interruptAfter)
    {
        var settings = VirtualCalibration.Small with { Levels = [32] };
        CalibrationSummary uninterrupted;
        using (var v = new VirtualCalibration())
        {
            uninterrupted = v.Runner(settings, Path.Combine(root, "whole")).Run(resume: false);
        }

        // The board survives the host "crash" (same instance: device state, tables, ADC noise stream); the host is
        // cancelled right after the checkpoint, before the next condition touches the board, and reconnects.
        using var board = new VirtualCalibration();
        string dir = Path.Combine(root, "interrupted");
        using var cancel = new CancellationTokenSource();
        var ex = Assert.Throws<EdgeException>(() =>
            board.Runner(settings, dir, checkpointSaved: key => { if (key == interruptAfter) { cancel.Cancel(); } }).Run(resume: false, cancel.Token));
        Assert.Equal(ExitCode.Interrupted, ex.ExitCode);
        Assert.Contains("--resume", ex.Message, StringComparison.Ordinal);

        board.Reconnect();
        var resumed = board.Runner(settings, dir).Run(resume: true);

        Assert.True(resumed.Resumed);
        Assert.Equal(Comparable(uninterrupted), Comparable(resumed));
    }

    [Fact]
    public void Resuming_with_another_device_is_a_mismatch_and_keeps_every_checkpoint()
    {
        var settings = VirtualCalibration.Small with { Levels = [32] };
        using var v = new VirtualCalibration();
        string dir = Path.Combine(root, "mismatch");
        using var cancel = new CancellationTokenSource();
        Assert.Throws<EdgeException>(() =>
            v.Runner(settings, dir, "virtual:a", key => { if (key == "ffp-refine/0") { cancel.Cancel(); } }).Run(resume: false, cancel.Token));
        int before = Checkpoints(dir);
        byte[] database = File.ReadAllBytes(Path.Combine(dir, CalibrationRunner.DatabaseFile));

        var ex = Assert.Throws<EdgeException>(() => v.Runner(settings, dir, "virtual:b").Run(resume: true));

        Assert.Equal(ExitCode.Mismatch, ex.ExitCode);
        Assert.Contains("virtual:a", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Checkpoints(dir));
        Assert.Equal(database, File.ReadAllBytes(Path.Combine(dir, CalibrationRunner.DatabaseFile)));

        // The right device still resumes from there.
        var summary = v.Runner(settings, dir, "virtual:a").Run(resume: true);
        Assert.True(summary.Resumed);
        Assert.All(summary.Levels, l => Assert.Equal(l.N, l.Occupied));
    }

    [Fact]
    public void A_device_with_another_window_calibrates_with_valid_tables()
    {
        // 1500-2000 ohm: the |dR| window scales with the device window (docs/device-model.md): 0.2 ohm x 500 / 140.
        var device = DeviceParameters.Parse("""{"hrs_ohm": 2000, "lrs_ohm": 1500, "seed": 7}""", "test device");
        using var v = new VirtualCalibration(device);
        string dir = Path.Combine(root, "wide");
        var settings = VirtualCalibration.Small with { Levels = [32], WindowLowOhms = 0.36, WindowHighOhms = 1.07 };

        var summary = v.Runner(settings, dir).Run(resume: false);

        Assert.InRange(summary.Device.LrsOhm, 1450, 1510);
        Assert.InRange(summary.Device.HrsOhm, 1990, 2050);
        Assert.InRange(summary.Ffp.MedianStepPotentiationOhm, 0.5, 0.9);
        Assert.InRange(summary.Ffp.MedianStepDepressionOhm, 0.5, 0.9);
        var ffp = TableFiles.ReadTableSet(Path.Combine(dir, "table-set.bin")).Ffp!;
        foreach (var table in new[] { ffp.Potentiation, ffp.Depression })
        {
            Assert.InRange(table.EdgesMilliohms[0], 1_450_000u, 1_510_000u);
            Assert.InRange(table.EdgesMilliohms[^1], 1_990_000u, 2_050_000u);
            Assert.InRange(table.StopMilliohms, table.EdgesMilliohms[0], table.EdgesMilliohms[^1]);
            Assert.All(table.WriteMillivolts, mv => Assert.InRange(mv, (ushort)300, (ushort)7000));
        }

        Assert.All(summary.Levels, l => Assert.Equal(32, l.Occupied));
        Assert.All(summary.Levels, l => Assert.Equal(0, l.SkipProne));
    }

    [Fact]
    public void The_default_window_on_a_500_ohm_device_is_a_device_limit_that_says_why()
    {
        // 0.2 ohm steps over ~530 ohm need ~2600 pulse events: more than one FFP_RUN may apply (2048).
        var device = DeviceParameters.Parse("""{"hrs_ohm": 2000, "lrs_ohm": 1500, "seed": 7}""", "test device");
        using var v = new VirtualCalibration(device);

        var ex = Assert.Throws<EdgeException>(() => v.Runner(VirtualCalibration.Small with { Levels = [32] }, Path.Combine(root, "fine")).Run(resume: false));

        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("coarser --window", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_board_without_response_in_the_window_is_a_device_limit_with_a_clear_message()
    {
        // Time constants of ~30 years: no write voltage moves R by more than read noise.
        var device = DeviceParameters.Parse(
            """{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 1, "potentiation_time_constant_ms": 1e12, "depression_time_constant_ms": 1e12, "diffusion_noise_fraction": 0}""",
            "dead device");
        using var v = new VirtualCalibration(device);
        var settings = VirtualCalibration.Small with { VoltagesVolts = [0.5, 2.0, 7.0] };

        var ex = Assert.Throws<EdgeException>(() => v.Runner(settings, Path.Combine(root, "dead")).Run(resume: false));

        Assert.True(ex.ExitCode == ExitCode.DeviceLimit, ex.Message);
        Assert.Contains("window", ex.Message, StringComparison.Ordinal);
        Assert.Contains("potentiation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_levels_than_the_trace_can_separate_are_reported_unoccupied_not_a_failure()
    {
        using var v = new VirtualCalibration();
        var settings = VirtualCalibration.Small with { Levels = [FormatLimits.MaxLevels], SamplesPerLevel = 1, FfpCycles = 1 };

        var summary = v.Runner(settings, Path.Combine(root, "many")).Run(resume: false);

        Assert.All(summary.Levels, l =>
        {
            Assert.True(l.Occupied < FormatLimits.MaxLevels, $"{l.Direction}: {l.Occupied} occupied");
            Assert.True(l.Occupied > 200, $"{l.Direction}: {l.Occupied} occupied");
        });
        var program = TableFiles.ReadLevelProgram(Path.Combine(root, "many", $"levels-{FormatLimits.MaxLevels}-potentiation.bin"));
        Assert.Equal(summary.Levels.First(l => l.Direction == "potentiation").Occupied, program.LevelCount);
    }

    /// <summary>The summary without what legitimately differs between two processes: wall time, the resumed flag and
    /// the run id (a new run gets a new id).</summary>
    private static string Comparable(CalibrationSummary summary)
    {
        var node = JsonNode.Parse(JsonSerializer.Serialize(summary, JsonFiles.Options))!.AsObject();
        node.Remove("seconds_wall");
        node.Remove("resumed");
        node.Remove("calibration_id");
        return node.ToJsonString();
    }

    private static int Checkpoints(string dir)
    {
        using var database = RunDatabase.Open(Path.Combine(dir, CalibrationRunner.DatabaseFile));
        return database.LatestRun("calibrate") is { } run ? database.CheckpointCount(run.Id) : 0;
    }
}
