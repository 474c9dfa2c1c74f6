// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands;

/// <summary><c>edge calibrate</c>: Ctrl+C keeps finished conditions, and bad requests are refused before any sweep.</summary>
public sealed class CalibrateCommandTests : IDisposable
{
    private readonly TempFolder temp = new("edge-calibrate");

    [Fact]
    public void Ctrl_c_exits_7_with_the_resume_command_and_the_resume_completes_the_calibration()
    {
        // About 10 s of work on an idle 2-core machine (a 32-level run ends in 2 s, before the signal), so the signal
        // 1.5 s after the board line lands mid-run on fast and slow machines alike.
        string[] args = ["calibrate", "--out", "cal", "--levels", "32,128,512", "--repetitions", "40", "--samples-per-level", "128"];
        using (var child = new EdgeProcess(temp.Path, args))
        {
            int code = child.InterruptWhenRunning("Using the built-in virtual board", TimeSpan.FromSeconds(1.5));
            Assert.True(code == (int)ExitCode.Interrupted, $"exit {code}:\n{child.Output}\n{child.Error}");
            Assert.Contains("finished conditions are kept", child.Error, StringComparison.Ordinal);
            Assert.Contains($"edge {string.Join(' ', args)} --resume", child.Error, StringComparison.Ordinal);
        }

        var (resumed, output, error) = CliRunner.Run([.. args.Select(a => a == "cal" ? temp["cal"] : a), "--resume"]);
        Assert.True(resumed == 0, $"resume failed ({resumed}): {error}\n{output}");
        Assert.Contains("Resuming calibration", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp["cal/summary.json"]));
    }

    [Fact]
    public void Voltages_above_the_boards_write_limit_are_refused_before_any_sweep()
    {
        var clock = Stopwatch.StartNew();
        var (code, _, error) = CliRunner.Run("calibrate", "--out", temp["cal"], "--voltages", "3,9");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--voltages 9", error, StringComparison.Ordinal);
        Assert.Contains("7.0 V", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["cal/calibration.sqlite"]), "no run was started");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void An_out_folder_holding_a_calibration_is_refused_without_resume_or_force()
    {
        string cal = temp["cal"];
        Directory.CreateDirectory(cal);
        File.WriteAllText(Path.Combine(cal, "calibration.sqlite"), string.Empty);
        var (code, _, error) = CliRunner.Run("calibrate", "--out", cal, "--levels", "32");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--resume", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
    }

    [Fact]
    public void More_levels_than_the_trace_holds_warn_with_the_occupied_count()
    {
        var (code, _, error) = CliRunner.Run("calibrate", "--out", temp["cal"], "--levels", "1024");
        Assert.Equal(0, code);
        Assert.Matches(@"--levels 1024 \(potentiation\): the FFP trace holds only \d+ distinct levels", error);
    }

    public void Dispose() => temp.Dispose();
}
