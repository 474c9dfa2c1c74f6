// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Host.Calibration.Run;
using Edge.Host.Virtual;
using Xunit;

namespace Edge.Cli.Tests.Commands;

public sealed class BenchProgrammingCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("edge-bench-programming-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Json_reports_every_scheme_per_level_count_with_ledger_checked_pulses()
    {
        // A small calibration of the default virtual device (8 levels, one sample per level) keeps this to seconds.
        string calibration = DefaultCalibration.GetOrCreate(TextWriter.Null, VirtualBoards.Paper, Path.Combine(root, "cal"), new CalibrationSettings { Levels = [8], SamplesPerLevel = 1 });
        var (code, output, error) = CliRunner.Run("bench", "programming", "--calibration", calibration, "--levels", "8", "--count", "6", "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var top = json.RootElement;
        Assert.Equal(8, top.GetProperty("finest_levels").GetInt32());
        var level = Assert.Single(top.GetProperty("levels").EnumerateArray());
        Assert.Equal(8, level.GetProperty("n").GetInt32());
        foreach (var scheme in new[] { "ffp", "write_verify", "ffp_seek" })
        {
            var s = top.GetProperty(scheme);
            Assert.Equal(6, s.GetProperty("cells").GetInt32());
            Assert.True(s.GetProperty("width_ms").GetDouble() > 0);
            Assert.True(s.GetProperty("reads_per_cell_mean").GetDouble() > s.GetProperty("pulses_per_cell_mean").GetDouble());
            Assert.True(s.GetProperty("energy_joules").GetDouble() > 0);
            Assert.True(s.GetProperty("cells_failed").GetInt32() >= 0);
            Assert.Equal(s.GetProperty("pulses_per_cell_mean").GetDouble() * 6, s.GetProperty("ledger_pulses").GetInt64(), 6);
            Assert.InRange(s.GetProperty("within_half_level").GetDouble(), 0, 1);
            Assert.True(s.GetProperty("device_seconds").GetDouble() > 0);
            Assert.Equal(s.GetProperty("level_error_rms").GetDouble(), level.GetProperty(scheme).GetProperty("level_error_rms").GetDouble());
        }

        double ratio = top.GetProperty("ratios").GetProperty("pulses_per_cell_mean").GetDouble();
        Assert.Equal(top.GetProperty("ffp").GetProperty("pulses_per_cell_mean").GetDouble() / top.GetProperty("write_verify").GetProperty("pulses_per_cell_mean").GetDouble(), ratio, 9);
        Assert.Equal("restart", top.GetProperty("write_verify_settings").GetProperty("after_reversal").GetString());

        // Same width, and the seek loop needs fewer pulses than write-verify (8 levels, 6 cells: about 10 against 25).
        var seek = top.GetProperty("ffp_seek");
        var verify = top.GetProperty("write_verify");
        Assert.Equal(verify.GetProperty("width_ms").GetDouble(), seek.GetProperty("width_ms").GetDouble());
        Assert.True(seek.GetProperty("pulses_per_cell_mean").GetDouble() < verify.GetProperty("pulses_per_cell_mean").GetDouble());
        Assert.Equal(1.0, seek.GetProperty("within_half_level").GetDouble());
    }

    [Theory]
    [InlineData("--count", "0", ExitCode.Usage)]
    [InlineData("--levels", "32,abc", ExitCode.Usage)]
    [InlineData("--direction", "sideways", ExitCode.Usage)]
    public void Bad_options_are_usage_errors(string option, string value, ExitCode expected)
    {
        var (code, _, error) = CliRunner.Run("bench", "programming", "--calibration", root, option, value);
        Assert.Equal((int)expected, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_calibration_is_a_bad_input_naming_the_missing_file()
    {
        var (code, _, error) = CliRunner.Run("bench", "programming", "--calibration", root, "--levels", "32", "--count", "2");
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("levels-32-potentiation.bin", error, StringComparison.Ordinal);
    }
}
