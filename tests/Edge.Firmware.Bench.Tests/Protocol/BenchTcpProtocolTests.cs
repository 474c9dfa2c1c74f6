// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Firmware.Bench;
using Edge.Host.Link;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Protocol;

/// <summary>The bench build on simulated chips, reached by the host's own link code over a loopback TCP socket.</summary>
public sealed class BenchTcpProtocolTests : IDisposable
{
    private readonly BenchHost bench;
    private readonly BoardClient client;

    public BenchTcpProtocolTests()
    {
        bench = BenchHost.Start(new BenchOptions { TcpPort = 0, BoardId = 0xED6EB042 });
        var session = new BoardSession(TcpTransport.Connect($"127.0.0.1:{bench.TcpPort}"), new SessionOptions());
        session.Connect();
        client = new BoardClient(session);
    }

    [Fact]
    public void Hello_reports_the_reference_board()
    {
        Assert.Equal(0xED6EB042u, client.Hello.BoardId);
        Assert.Equal(16, client.Hello.CellCount);
        Assert.Equal(7000, client.Hello.MaxWriteMillivolts);
        Assert.Equal(0u, client.Hello.TableGeneration);
    }

    [Fact]
    public void Read_returns_every_resistor_within_the_read_noise()
    {
        var board = bench.Simulated!;
        var results = client.Read(Enumerable.Range(0, 16).ToArray());

        Assert.Equal(16, results.Length);
        foreach (var result in results)
        {
            Assert.False(result.Saturated);

            // 11.6 uV rms per conversion / sqrt(11) at the TIA is 0.7 nA, ~5 mOhm at 800 Ohm: 50 mOhm is 10 sigma.
            Assert.Equal(board.ResistanceOhms(result.Cell), result.ResistanceOhms, 0.05);
        }

        Assert.Equal(0, board.HotSwitchEvents);
    }

    [Fact]
    public void Pulse_moves_the_addressed_resistor_and_reads_it_back()
    {
        var board = bench.Simulated!;
        double before = board.ResistanceOhms(9);

        var after = client.Pulse(9, volts: 2.5, widthMs: 800);

        var pulse = Assert.Single(board.Pulses);
        Assert.Equal(9, pulse.Cell);
        Assert.Equal(2.5, pulse.Volts, 3);
        Assert.Equal(800.0, pulse.WidthMs, 6);
        Assert.Equal(before - (board.OhmsPerVoltSecond * pulse.Volts * 0.8), board.ResistanceOhms(9), 6);
        Assert.Equal(board.ResistanceOhms(9), after.ResistanceOhms, 0.05);
    }

    [Fact]
    public void A_pulse_beyond_the_firmware_limit_is_refused_and_never_applied()
    {
        var error = Assert.Throws<EdgeException>(() => client.Pulse(1, volts: 7.5, widthMs: 10));

        Assert.Equal(ExitCode.BoardRefused, error.ExitCode);
        Assert.Empty(bench.Simulated!.Pulses);
    }

    [Fact]
    public void A_sweep_job_streams_one_record_per_pulse()
    {
        var outcome = client.Sweep(4, volts: -1.0, widthMs: 100, pulses: 5);

        Assert.Equal(StatusCode.Ok, outcome.Status);
        Assert.Equal(5, outcome.Records.Length);
        Assert.Equal(5, bench.Simulated!.Pulses.Count(p => p.Cell == 4 && Math.Abs(p.Volts + 1.0) < 1e-3));
    }

    public void Dispose()
    {
        client.Dispose();
        bench.Dispose();
    }
}
