// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Protocol;

namespace Edge.Shared.Tests.Protocol;

/// <summary>A frame as the tests see it: header fields and payload, plus helpers to encode it.</summary>
internal sealed record TestFrame(FrameHeader Header, byte[] Payload)
{
    /// <summary>Random header fields (any byte values, including unknown types and statuses) and a payload of 0..256 bytes.</summary>
    public static Gen<TestFrame> Gen { get; } =
        CsCheck.Gen.Select(
            CsCheck.Gen.Select(CsCheck.Gen.Byte, CsCheck.Gen.Byte, CsCheck.Gen.Byte, CsCheck.Gen.Byte),
            CsCheck.Gen.Select(CsCheck.Gen.UShort, CsCheck.Gen.UShort, CsCheck.Gen.UShort),
            CsCheck.Gen.Byte.Array[0, FrameCodec.MaxPayloadLength],
            (a, b, payload) => new TestFrame(
                new FrameHeader
                {
                    Version = a.Item1,
                    Type = (MessageType)a.Item2,
                    Flags = a.Item3,
                    Status = (StatusCode)a.Item4,
                    Seq = b.Item1,
                    Ack = b.Item2,
                    Session = b.Item3,
                },
                payload));

    /// <summary>The wire bytes (delimiter included).</summary>
    public byte[] Encode()
    {
        var output = new byte[FrameCodec.MaxWireLength];
        int length = new FrameCodec().Encode(Header, Payload, 0, Payload.Length, output, 0);
        return output.AsSpan(0, length).ToArray();
    }

    /// <summary>True when the decoder's last accepted frame is this one (every header field and the payload).</summary>
    public bool MatchesDecoded(FrameDecoder decoder)
    {
        FrameHeader h = decoder.Header;
        return h.Version == Header.Version && h.Type == Header.Type && h.Flags == Header.Flags && h.Status == Header.Status
            && h.Seq == Header.Seq && h.Ack == Header.Ack && h.Session == Header.Session && h.PayloadLength == Payload.Length
            && decoder.FrameLength == FrameHeader.Length + Payload.Length + FrameCodec.CrcLength
            && decoder.FrameBuffer.AsSpan(decoder.PayloadOffset, Payload.Length).SequenceEqual(Payload);
    }

    public override string ToString() =>
        $"type {(byte)Header.Type:X2} flags {Header.Flags:X2} seq {Header.Seq} payload {Payload.Length} B";
}
