// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Host.Link;
using Edge.Host.Virtual;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Host.Tests.Link;

public sealed class BoardSessionTests
{
    [Fact]
    public void A_board_with_another_catalogue_hash_is_refused()
    {
        using var session = new BoardSession(new ForgedHelloTransport(catalogueHash: Catalogue.Hash ^ 1), SessionOptions.InProcess);
        var ex = Assert.Throws<EdgeException>(() => session.Connect());
        Assert.Equal(ExitCode.ProtocolMismatch, ex.ExitCode);
        Assert.Contains("catalogue", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebooted_board_is_detected_by_its_new_session_id()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 2 });
        using var client = new BoardClient(new BoardSession(new InProcessTransport(board), SessionOptions.InProcess));
        client.Session.Connect();
        client.Read([0]);
        board.Reboot();
        Assert.Throws<BoardRebootedException>(() => client.Read([0]));
    }

    [Fact]
    public void Over_limit_pulse_is_refused_by_the_board_and_leaves_it_safe()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 2 });
        using var client = new BoardClient(new BoardSession(new InProcessTransport(board), SessionOptions.InProcess));
        client.Session.Connect();
        var ex = Assert.Throws<EdgeException>(() => client.Pulse(0, 7.5, 800));
        Assert.Equal(ExitCode.BoardRefused, ex.ExitCode);
        Assert.Equal(0, board.Analog.TotalPulses);
        Assert.Equal(0.0, board.Analog.DacVolts);
        Assert.Equal(-1, board.Analog.SelectedCell);
    }

    /// <summary>Answers HELLO like a board built from another message catalogue.</summary>
    private sealed class ForgedHelloTransport(uint catalogueHash) : ITransport
    {
        private readonly FrameDecoder decoder = new();
        private readonly Queue<byte> pending = new();

        public string Description => "forged board";

        public void Write(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (!decoder.Push(buffer[offset + i]))
                {
                    continue;
                }

                var payload = new byte[Edge.Shared.Protocol.Messages.HelloReply.Length];
                new Edge.Shared.Protocol.Messages.HelloReply { ProtocolVersion = FrameHeader.ProtocolVersion, CatalogueHash = catalogueHash, CellCount = 1 }.Write(new PayloadWriter(payload));
                var header = new FrameHeader { Version = FrameHeader.ProtocolVersion, Type = MessageType.Hello, Flags = MessageFlags.Ack, Ack = decoder.Header.Seq, Session = 77 };
                var wire = new byte[FrameCodec.MaxWireLength];
                int n = new FrameCodec().Encode(header, payload, 0, payload.Length, wire, 0);
                for (int k = 0; k < n; k++)
                {
                    pending.Enqueue(wire[k]);
                }
            }
        }

        public int Read(byte[] buffer, int offset, int count, TimeSpan timeout)
        {
            int n = 0;
            while (n < count && pending.Count > 0)
            {
                buffer[offset + n++] = pending.Dequeue();
            }

            return n;
        }

        public void Dispose()
        {
        }
    }
}
