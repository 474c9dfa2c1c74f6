// SPDX-License-Identifier: MIT
using System.Net;
using System.Net.Sockets;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands.Board;

/// <summary><c>edge board serve</c>: --sim like every command, says what it serves, and a busy port is a clear error.</summary>
public sealed class BoardServeCommandTests
{
    [Fact]
    public void A_busy_port_is_a_usage_error_naming_the_port()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var (code, _, error) = CliRunner.Run("board", "serve", "--tcp", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seconds", "1");
            Assert.Equal((int)ExitCode.Usage, code);
            Assert.Contains($"cannot listen on 127.0.0.1:{port}", error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void Sim_takes_a_device_file_and_the_server_says_what_it_serves_and_how_to_stop()
    {
        string device = Path.Combine(Path.GetTempPath(), $"edge-serve-{Guid.NewGuid():N}.json");
        File.WriteAllText(device, """{"hrs_ohm": 880, "lrs_ohm": 740, "seed": 7}""");
        try
        {
            var (code, output, error) = CliRunner.Run("board", "serve", "--pty", "--sim", device, "--cells-count", "16", "--seconds", "0.2");
            Assert.True(code == 0, error);
            Assert.Contains(device, output, StringComparison.Ordinal);
            Assert.Contains("16 cells", output, StringComparison.Ordinal);
            Assert.Contains("Ctrl+C", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(device);
        }
    }
}
