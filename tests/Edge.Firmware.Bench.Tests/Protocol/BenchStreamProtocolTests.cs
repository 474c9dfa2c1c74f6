// SPDX-License-Identifier: MIT
using System.IO.Pipes;
using Edge.Firmware.Bench.Buses;
using Edge.Firmware.Bench.Hal;
using Edge.Firmware.Bench.Links;
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Platform;
using Edge.Firmware.Tables;
using Edge.Host.Link;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Protocol;

/// <summary>
/// The --stdio wiring: the controller on a <see cref="StreamByteLink"/> over a pair of pipes, the host on a
/// <see cref="StreamTransport"/> over the other ends, as when a host spawns edge-bench and talks to its stdin/stdout.
/// </summary>
public sealed class BenchStreamProtocolTests
{
    [Fact]
    public void Hello_read_and_pulse_work_over_a_byte_stream()
    {
        using var hostToBoard = new AnonymousPipeServerStream(PipeDirection.Out);
        using var boardIn = new AnonymousPipeClientStream(PipeDirection.In, hostToBoard.ClientSafePipeHandle);
        using var boardToHost = new AnonymousPipeServerStream(PipeDirection.Out);
        using var hostIn = new AnonymousPipeClientStream(PipeDirection.In, boardToHost.ClientSafePipeHandle);
        using var link = new StreamByteLink(boardIn, boardToHost);
        using var bus = new SimulatedBus(new SimulatedReferenceBoard());
        var io = ReferenceBoard.Boot(bus.Wiring, bus.DeviceClock);
        var tables = new TableStore(new SlotFileStorage(new MemoryRandomAccess(), BenchHost.SlotCapacity));
        var controller = new BoardController(io, tables, link, bus.DeviceClock, new MicrosecondClock(new StopwatchCounter(), 0), new BoardIdentity(77, 1234));
        using var stop = new CancellationTokenSource();
        var loop = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                controller.Poll(1);
                link.Arrived.WaitOne(1);
            }
        });
        loop.Start();
        try
        {
            using var client = new BoardClient(new BoardSession(new StreamTransport(new DuplexStream(hostIn, hostToBoard), "pipes"), new SessionOptions()));
            client.Session.Connect();
            Assert.Equal(77u, client.Hello.BoardId);
            Assert.Equal(1234, client.Session.Session);

            var read = Assert.Single(client.Read([12]));
            Assert.Equal(bus.Board.ResistanceOhms(12), read.ResistanceOhms, 0.001);

            var after = client.Pulse(12, volts: -3.0, widthMs: 500);
            Assert.Equal(bus.Board.ResistanceOhms(12), after.ResistanceOhms, 0.001);
            Assert.Equal(read.ResistanceOhms + 3.0, after.ResistanceOhms, 0.01);
        }
        finally
        {
            stop.Cancel();
            loop.Join();

            // Close the writing ends first: each reader thread then sees end-of-stream instead of blocking in read().
            hostToBoard.Dispose();
            boardToHost.Dispose();
        }
    }

    /// <summary>One read pipe and one write pipe as the single stream a transport wants.</summary>
    private sealed class DuplexStream(Stream input, Stream output) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => input.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => output.Write(buffer, offset, count);
    }
}
