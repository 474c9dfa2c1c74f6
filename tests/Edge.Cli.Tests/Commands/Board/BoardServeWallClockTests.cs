// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;

namespace Edge.Cli.Tests.Commands.Board;

/// <summary>
/// <c>edge board serve --time-scale</c>: pulses take wall time, so over a real socket or pty a host sees a job run,
/// is refused with BUSY while it does, and a host that falls silent loses the job to the heartbeat timeout.
/// </summary>
public sealed class BoardServeWallClockTests
{
    // 0.8 s pulses at 2 % of real time: 16 ms a pulse plus the duty-cycle rest, about 21 ms; 400 pulses take ~8.5 s.
    private const string Scale = "0.02";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_running_job_is_visible_refuses_other_work_with_busy_and_stops_on_heartbeat_loss(bool pty)
    {
        using var served = new ServedBoard(pty, 12, "--cells-count", "4", "--time-scale", Scale);
        using var client = served.Connect();
        var start = client.Session.Send(MessageType.Sweep, SweepPayload(400), SweepRequest.Length);
        Assert.Equal(StatusCode.Ok, start.Status);

        Thread.Sleep(300);
        var running = client.Status();
        Assert.Equal(BoardState.Running, running.State);
        Assert.InRange(running.JobPulses, 0u, 150u);
        Assert.Equal(StatusCode.Busy, client.Session.Send(MessageType.Pulse, PulsePayload(), PulseRequest.Length).Status);

        // Silence for longer than the heartbeat timeout: the job stops in SAFE well before its 400 pulses.
        Thread.Sleep(HardLimits.HeartbeatTimeoutMs + 1000);
        var stopped = client.Status();
        Assert.Equal(BoardState.Safe, stopped.State);
        Assert.Equal(StatusCode.HeartbeatLost, stopped.JobStatus);
        Assert.Equal(StatusCode.HeartbeatLost, stopped.LastFault);
        Assert.InRange(stopped.JobPulses, running.JobPulses + 1, 399u);
    }

    [Fact]
    public void Heartbeats_keep_a_wall_clock_job_alive_past_the_timeout()
    {
        using var served = new ServedBoard(12, "--cells-count", "4", "--time-scale", Scale);
        using var client = served.Connect();
        Assert.Equal(StatusCode.Ok, client.Session.Send(MessageType.Sweep, SweepPayload(400), SweepRequest.Length).Status);

        // Twice the heartbeat timeout with a STATUS (any command is a heartbeat) every third of it: the job lives on.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        StatusReply status;
        do
        {
            Thread.Sleep(HardLimits.HeartbeatTimeoutMs / 3);
            status = client.Status();
        }
        while (status.State == BoardState.Running && clock.ElapsedMilliseconds < 2 * HardLimits.HeartbeatTimeoutMs);

        Assert.True(clock.ElapsedMilliseconds > HardLimits.HeartbeatTimeoutMs, "the job must outlast one heartbeat timeout");
        Assert.True(status.JobStatus is StatusCode.Running or StatusCode.Ok, $"job status {status.JobStatus}");
        Assert.Equal(StatusCode.Ok, status.LastFault);
        Assert.True(status.JobPulses > 0);
        client.Abort();
    }

    [Fact]
    public void A_time_scale_outside_its_range_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("board", "serve", "--tcp", "0", "--time-scale", "0");
        Assert.Equal((int)Edge.Analog.Errors.ExitCode.Usage, code);
        Assert.Contains("--time-scale", error, StringComparison.Ordinal);
    }

    private static byte[] SweepPayload(int pulses)
    {
        var payload = new byte[SweepRequest.Length];
        new SweepRequest { Cell = 1, Millivolts = 1500, WidthMicroseconds = 800_000, Pulses = pulses }.Write(new PayloadWriter(payload));
        return payload;
    }

    private static byte[] PulsePayload()
    {
        var payload = new byte[PulseRequest.Length];
        new PulseRequest { Cell = 2, Millivolts = 2000, WidthMicroseconds = 800_000, ReadAfter = false }.Write(new PayloadWriter(payload));
        return payload;
    }
}
