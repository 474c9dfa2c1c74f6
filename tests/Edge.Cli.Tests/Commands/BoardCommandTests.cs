// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands;

public sealed class BoardCommandTests
{
    [Fact]
    public void Board_info_json_lists_identity_and_hard_limits()
    {
        var (code, output, _) = CliRunner.Run("board", "info", "--sim", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("protocol_version").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("firmware_version").GetString()));
        Assert.StartsWith("0x", root.GetProperty("board_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, root.GetProperty("table_generation").GetInt32());
        Assert.Equal(7.0, root.GetProperty("max_write_volts").GetDouble());
        Assert.Equal(0.2, root.GetProperty("max_read_volts").GetDouble());
        Assert.Equal(1.0, root.GetProperty("min_width_ms").GetDouble());
        Assert.Equal(5000.0, root.GetProperty("max_width_ms").GetDouble());
    }

    [Fact]
    public void Commands_without_a_board_say_they_use_the_virtual_board()
    {
        var (code, output, _) = CliRunner.Run("board", "read", "--cell", "3");
        Assert.Equal(0, code);
        Assert.Contains("virtual board", output, StringComparison.Ordinal);
        Assert.Contains("cell 3:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_json_holds_one_resistance_per_pulse_falling_under_potentiation()
    {
        var (code, output, _) = CliRunner.Run("board", "sweep", "--volts", "2", "--pulses", "50", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var r = json.RootElement.GetProperty("resistance_ohm").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(50, r.Length);
        Assert.True(r[^1] < r[0] - 5, $"50 pulses of +2 V must lower R by several ohm ({r[0]} -> {r[^1]})");
    }

    [Fact]
    public void A_pulse_over_the_limit_is_refused_with_exit_code_6()
    {
        var (code, _, error) = CliRunner.Run("board", "pulse", "--volts", "7.5");
        Assert.Equal((int)ExitCode.BoardRefused, code);
        Assert.Contains("7.0 V", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_port_exits_with_code_4_naming_it()
    {
        var (code, _, error) = CliRunner.Run("board", "info", "--port", "/dev/ttyEDGE-missing");
        Assert.Equal((int)ExitCode.LinkFailed, code);
        Assert.Contains("/dev/ttyEDGE-missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_exits_with_code_2()
    {
        var (code, _, error) = CliRunner.Run("board", "info", "--frobnicate");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"hrs_ohm\": 700, \"lrs_ohm\": 740, \"seed\": 1}", "lrs_ohm")]
    [InlineData("{\"lrs_ohm\": 740, \"seed\": 1}", "hrs_ohm")]
    public void An_impossible_device_file_exits_with_code_3_naming_the_field(string json, string field)
    {
        string path = Path.Combine(Path.GetTempPath(), $"edge-device-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var (code, _, error) = CliRunner.Run("board", "info", "--sim", path);
            Assert.Equal((int)ExitCode.BadInput, code);
            Assert.Contains(field, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Board_serve_pty_is_reachable_with_port()
    {
        var served = new StringWriter();
        var server = new Thread(() => EdgeCli.Run(["board", "serve", "--pty", "--seconds", "20", "--cells-count", "8"], served, TextWriter.Null)) { IsBackground = true };
        server.Start();
        string? path = null;
        for (int i = 0; i < 200 && string.IsNullOrEmpty(path); i++)
        {
            Thread.Sleep(25);
            path = served.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        }

        Assert.False(string.IsNullOrEmpty(path));
        var (code, output, error) = CliRunner.Run("board", "info", "--port", path!, "--json");
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(8, json.RootElement.GetProperty("cells").GetInt32());
        Assert.Contains("serial", json.RootElement.GetProperty("transport").GetString(), StringComparison.Ordinal);
    }
}
