// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands.Board;

/// <summary><c>edge board sweep/read</c>: ranges and the --csv location are checked before a pulse.</summary>
public sealed class BoardSweepCommandTests : IDisposable
{
    private readonly TempFolder temp = new("edge-sweep");

    [Fact]
    public void A_cell_outside_the_array_names_the_valid_range()
    {
        var (code, _, error) = CliRunner.Run("board", "read", "--cell", "100");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--cell 100: cell index outside 0..63", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--pulses", "0", "--pulses 0: must be at least 1")]
    [InlineData("--cells-count", "0", "--cells-count 0: expected 1..65535")]
    public void Zero_counts_are_usage_errors_that_say_what_is_right(string option, string value, string message)
    {
        var (code, _, error) = CliRunner.Run("board", "sweep", "--volts", "2", option, value);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("more pulses", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_into_a_missing_folder_creates_it_and_keeps_the_trace()
    {
        string csv = temp["traces/cell0.csv"];
        var (code, _, error) = CliRunner.Run("board", "sweep", "--volts", "2", "--pulses", "10", "--width-ms", "100", "--csv", csv);
        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(csv);

        // The sweeps format edge device fit reads: header, the read before the first pulse, one row per pulse.
        Assert.Equal(12, lines.Length);
        Assert.Equal("direction,volts,width_ms,repetition,pulse,resistance_ohm", lines[0]);
        Assert.StartsWith("potentiation,2,100,0,0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("potentiation,2,100,0,10,", lines[11], StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_csv_is_refused_before_any_pulse_without_force()
    {
        string csv = temp["cell0.csv"];
        File.WriteAllText(csv, "keep");
        var (code, output, error) = CliRunner.Run("board", "sweep", "--volts", "2", "--pulses", "10", "--csv", csv);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.DoesNotContain("virtual board", output, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(csv));
    }

    public void Dispose() => temp.Dispose();
}
