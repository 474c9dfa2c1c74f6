// SPDX-License-Identifier: MIT
using Edge.Host.Virtual;
using Edge.Hardware.Board;
using Edge.Host.Link;
using Xunit;

namespace Edge.Host.Tests.Link;

public sealed class DeviceTimeMeterTests
{
    [Fact]
    public void A_reading_after_the_32_bit_uptime_wrapped_still_adds_the_right_time()
    {
        using var client = Connect(new VirtualBoard(new VirtualBoardOptions { CellCount = 1 }));
        var meter = new DeviceTimeMeter(client);
        double start = meter.Seconds;
        meter.Add(uint.MaxValue - 999);   // 49.7 days after power-on
        meter.Add(500);                   // 1.5 s later: the counter wrapped
        Assert.Equal((uint.MaxValue - 999 + 1500.0) / 1000.0, meter.Seconds - start, 3);
    }

    [Fact]
    public void Fifty_device_days_of_pulses_are_counted_without_wrapping()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 1 });
        using var client = Connect(board);
        var meter = new DeviceTimeMeter(client);
        double before = board.DeviceSeconds;
        while (board.DeviceSeconds - before < 51 * 86400)
        {
            client.Sweep(0, 0.3, 5000, 2048);   // 2048 pulses of 5 s (+ duty-cycle rests): ~3.8 device hours
            meter.Mark();
        }

        Assert.Equal(board.DeviceSeconds - before, meter.Seconds, 0.5);
        Assert.True(meter.Seconds > 50 * 86400);
        Assert.True(client.Status().UptimeMs < meter.Seconds * 1000 - uint.MaxValue + 1, "the board's own counter wrapped");
    }

    private static BoardClient Connect(VirtualBoard board)
    {
        var session = new BoardSession(new InProcessTransport(board), SessionOptions.InProcess);
        session.Connect();
        return new BoardClient(session);
    }
}
