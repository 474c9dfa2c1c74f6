// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Firmware.Tables;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>The controller core on fake hardware, with a host side that encodes commands and decodes replies.</summary>
public sealed class ControllerHarness
{
    private readonly FrameCodec codec = new();
    private readonly byte[] wire = new byte[FrameCodec.MaxWireLength];
    private ushort seq = 100;

    public ControllerHarness(int cells = 8, FakeStorage? storage = null)
    {
        Analog = new FakeAnalog(cells);
        Storage = storage ?? new FakeStorage();
        Io = new CellIo(Analog, Analog, Analog, Analog);
        Tables = new TableStore(Storage);
        Controller = new BoardController(Io, Tables, Link, Analog, LinkClock, new BoardIdentity(0xB0A2D, 0x1234));
    }

    public FakeAnalog Analog { get; }

    public FakeStorage Storage { get; }

    public FakeLink Link { get; } = new();

    public FakeLinkClock LinkClock { get; } = new();

    public CellIo Io { get; }

    public TableStore Tables { get; }

    public BoardController Controller { get; }

    public ushort Session { get; set; } = 0x1234;

    public List<(FrameHeader Header, byte[] Payload)> Streamed { get; } = [];

    /// <summary>Encodes a command with a fresh seq (or a given one, for retries) and queues it to the board.</summary>
    public ushort Queue(MessageType type, byte[] payload, ushort? retrySeq = null, byte version = FrameHeader.ProtocolVersion)
    {
        ushort s = retrySeq ?? seq++;
        var header = new FrameHeader { Version = version, Type = type, Flags = MessageFlags.AckRequest, Seq = s, Session = Session };
        int n = codec.Encode(header, payload, 0, payload.Length, wire, 0);
        Link.Send(wire, n);
        return s;
    }

    /// <summary>Sends a command, pumps the board once (no job steps) and returns the reply to it.</summary>
    public (FrameHeader Header, byte[] Payload) Send(MessageType type, byte[] payload, ushort? retrySeq = null, int jobSteps = 0)
    {
        Link.ClearFromBoard();
        ushort s = Queue(type, payload, retrySeq);
        Controller.Poll(jobSteps);
        return FindReply(s);
    }

    /// <summary>All frames the board sent since the last clear.</summary>
    public List<(FrameHeader Header, byte[] Payload)> Frames()
    {
        var decoder = new FrameDecoder();
        var frames = new List<(FrameHeader, byte[])>();
        for (int i = 0; i < Link.FromBoardLength; i++)
        {
            if (decoder.Push(Link.FromBoard[i]))
            {
                frames.Add((decoder.Header, decoder.FrameBuffer.AsSpan(decoder.PayloadOffset, decoder.Header.PayloadLength).ToArray()));
            }
        }

        return frames;
    }

    public (FrameHeader Header, byte[] Payload) FindReply(ushort commandSeq)
    {
        foreach (var frame in Frames())
        {
            if (frame.Header.Has(MessageFlags.Stream))
            {
                Streamed.Add(frame);
            }
            else if (frame.Header.Ack == commandSeq)
            {
                return frame;
            }
        }

        throw new InvalidOperationException($"No reply to seq {commandSeq}.");
    }
}
