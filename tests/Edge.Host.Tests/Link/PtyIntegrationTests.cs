// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Host.Link;
using Edge.Host.Serve;
using Edge.Host.Virtual;
using Xunit;

namespace Edge.Host.Tests.Link;

/// <summary>The host talks to a virtual board served on a real pseudo-terminal through System.IO.Ports.</summary>
public sealed class PtyIntegrationTests
{
    [Fact]
    public void Host_reads_pulses_and_sweeps_a_virtual_board_over_a_real_pty()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 4 });
        using var pty = PseudoTerminal.Open();
        using var stop = new CancellationTokenSource();
        var server = new Thread(() => VirtualBoardServer.ServePty(board, pty, stop.Token)) { IsBackground = true };
        server.Start();
        try
        {
            Assert.StartsWith("/dev/pts/", pty.SlavePath, StringComparison.Ordinal);
            using var client = new BoardClient(new BoardSession(SerialTransport.Open(pty.SlavePath), new SessionOptions { JobPollInterval = TimeSpan.FromMilliseconds(5) }));
            var hello = client.Session.Connect();
            Assert.Equal(4, hello.CellCount);

            double before = client.Read([1])[0].ResistanceOhms;
            Assert.InRange(before, board.Cells[1].ResistanceOhms - 0.2, board.Cells[1].ResistanceOhms + 0.2);

            var after = client.Pulse(1, 3.0, 800);
            Assert.True(after.ResistanceOhms < before, $"a +3 V pulse must lower R ({before} -> {after.ResistanceOhms})");

            var sweep = client.Sweep(2, 2.0, 2000, 40);
            Assert.Equal(Edge.Shared.Protocol.StatusCode.Ok, sweep.Status);
            Assert.Equal(40, sweep.Records.Length);
            Assert.Equal(41, board.Analog.PulsesOn(1) + board.Analog.PulsesOn(2));
            Assert.True(sweep.Records[^1].ResistanceMilliohms < sweep.Records[0].ResistanceMilliohms);
        }
        finally
        {
            stop.Cancel();
            server.Join(TimeSpan.FromSeconds(2));
        }
    }

    [Fact]
    public void A_missing_serial_port_is_a_link_error_naming_the_port()
    {
        var ex = Assert.Throws<EdgeException>(() => SerialTransport.Open("/dev/ttyEDGE-does-not-exist"));
        Assert.Equal(ExitCode.LinkFailed, ex.ExitCode);
        Assert.Contains("/dev/ttyEDGE-does-not-exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_that_answers_garbage_fails_the_handshake_with_a_link_error()
    {
        using var pty = PseudoTerminal.Open();
        using var stop = new CancellationTokenSource();
        var noise = new Thread(() =>
        {
            var random = new Random(5);
            var bytes = new byte[64];
            while (!stop.IsCancellationRequested)
            {
                random.NextBytes(bytes);
                pty.Write(bytes, 0, bytes.Length);
                Thread.Sleep(5);
            }
        })
        { IsBackground = true };
        noise.Start();
        try
        {
            using var session = new BoardSession(SerialTransport.Open(pty.SlavePath), new SessionOptions { ReplyTimeout = TimeSpan.FromMilliseconds(100), Retries = 2 });
            var ex = Assert.Throws<EdgeException>(() => session.Connect());
            Assert.Equal(ExitCode.LinkFailed, ex.ExitCode);
        }
        finally
        {
            stop.Cancel();
            noise.Join(TimeSpan.FromSeconds(1));
        }
    }
}
