// SPDX-License-Identifier: MIT
using System.Net;
using Edge.Firmware.Bench;
using Xunit;

namespace Edge.Firmware.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Defaults_are_the_simulated_bus_on_loopback_tcp()
    {
        var options = BenchOptions.Parse([]);

        Assert.Equal("simulated", options.Bus);
        Assert.Equal(5555, options.TcpPort);
        Assert.Equal(IPAddress.Loopback, options.Bind);
        Assert.Null(options.SerialPort);
        Assert.False(options.Stdio);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var options = BenchOptions.Parse(["--bus", "FT232H", "--serial", "/dev/ttyGS0", "--table-file", "t.bin", "--board-id", "0xED6EB001", "--sim-noise-uv", "3.5"]);

        Assert.Equal("ft232h", options.Bus);
        Assert.Equal("/dev/ttyGS0", options.SerialPort);
        Assert.Equal("t.bin", options.TableFile);
        Assert.Equal(0xED6EB001u, options.BoardId);
        Assert.Equal(3.5e-6, options.SimulatedNoiseVoltsRms, 12);
    }

    [Theory]
    [InlineData("--bus esp32", "--bus esp32")]
    [InlineData("--tcp 70000", "--tcp 70000")]
    [InlineData("--tcp", "--tcp needs a value")]
    [InlineData("--bind localhost", "--bind localhost")]
    [InlineData("--board-id xyz", "--board-id xyz")]
    [InlineData("--stdio --tcp 1", "not several")]
    [InlineData("--frobnicate", "'--frobnicate'")]
    public void Bad_arguments_name_themselves(string commandLine, string expected)
    {
        var error = Assert.Throws<BenchUsageException>(() => BenchOptions.Parse(commandLine.Split(' ')));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
