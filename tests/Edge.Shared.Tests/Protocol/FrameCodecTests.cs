// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;
using Xunit;

namespace Edge.Shared.Tests.Protocol;

public class FrameCodecTests
{
    /// <summary>
    /// docs/protocol.md "Worked example": READ of cell 5 at the default read voltage, host seq 0x0007, board session
    /// 0x1234. Raw frame = header | payload | CRC-32 LE; wire = COBS(raw) | 00.
    /// </summary>
    public const string WorkedRawHex = "01 10 01 00 07 00 00 00 34 12 05 00 00 00 01 05 00 8D CF 28 0F";

    /// <summary>The same frame as sent on the wire.</summary>
    public const string WorkedWireHex = "04 01 10 01 02 07 01 01 04 34 12 05 01 01 03 01 05 05 8D CF 28 0F 00";

    [Fact]
    public void Worked_READ_example_encodes_to_the_bytes_documented_in_protocol_md()
    {
        byte[] wire = EncodeWorkedExample();
        Assert.Equal(WorkedWireHex, Hex.Of(wire));
    }

    [Fact]
    public void Worked_READ_example_raw_frame_has_the_documented_header_payload_and_CRC()
    {
        byte[] raw = Hex.Parse(WorkedRawHex);
        Assert.Equal(FrameCheck.Ok, FrameCodec.Validate(raw, raw.Length, out FrameHeader header));
        Assert.Equal(MessageType.Read, header.Type);
        Assert.Equal(0x0007, header.Seq);
        Assert.Equal(0x1234, header.Session);
        Assert.Equal(5, header.PayloadLength);
        Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(raw.AsSpan(0, raw.Length - 4)), LittleEndian.ReadUInt32(raw, raw.Length - 4));

        var decoder = new FrameDecoder();
        byte[] wire = Hex.Parse(WorkedWireHex);
        int accepted = wire.Count(decoder.Push);
        Assert.Equal(1, accepted);
        Assert.Equal(WorkedRawHex, Hex.Of(decoder.FrameBuffer, 0, decoder.FrameLength));
    }

    [Fact]
    public void Protocol_md_quotes_the_worked_example_bytes()
    {
        string doc = RepoFiles.ReadText("docs/protocol.md");
        Assert.Contains(WorkedRawHex, doc, StringComparison.Ordinal);
        Assert.Contains(WorkedWireHex, doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_refuses_a_payload_over_the_cap()
    {
        var output = new byte[FrameCodec.MaxWireLength + 16];
        var payload = new byte[FrameCodec.MaxPayloadLength + 1];
        Assert.Equal(-1, new FrameCodec().Encode(new FrameHeader(), payload, 0, payload.Length, output, 0));
        Assert.True(new FrameCodec().Encode(new FrameHeader(), payload, 0, FrameCodec.MaxPayloadLength, output, 0) <= FrameCodec.MaxWireLength);
    }

    [Fact]
    public void Validate_reports_length_before_CRC()
    {
        byte[] raw = Hex.Parse(WorkedRawHex);
        Assert.Equal(FrameCheck.BadLength, FrameCodec.Validate(raw, FrameHeader.Length + 3, out _));
        Assert.Equal(FrameCheck.BadLength, FrameCodec.Validate(raw, raw.Length - 1, out _));

        byte[] longer = [.. raw, 0x55];
        Assert.Equal(FrameCheck.BadLength, FrameCodec.Validate(longer, longer.Length, out _));

        raw[13] ^= 0x40;
        Assert.Equal(FrameCheck.BadCrc, FrameCodec.Validate(raw, raw.Length, out _));
    }

    [Fact]
    public void Validate_rejects_a_header_length_over_the_payload_cap()
    {
        var raw = new byte[FrameCodec.MaxFrameLength];
        new FrameHeader { Version = 1, PayloadLength = FrameCodec.MaxPayloadLength + 1 }.WriteTo(raw, 0);
        Assert.Equal(FrameCheck.BadLength, FrameCodec.Validate(raw, raw.Length, out _));
    }

    [Fact]
    public void Header_fields_sit_at_the_documented_offsets()
    {
        var buffer = new byte[FrameHeader.Length];
        new FrameHeader
        {
            Version = 0xA1, Type = (MessageType)0xB2, Flags = 0xC3, Status = (StatusCode)0xD4,
            Seq = 0x0605, Ack = 0x0807, Session = 0x0A09, PayloadLength = 0x0C0B,
        }.WriteTo(buffer, 0);
        Assert.Equal("A1 B2 C3 D4 05 06 07 08 09 0A 0B 0C", Hex.Of(buffer));
    }

    internal static byte[] EncodeWorkedExample()
    {
        var payload = new byte[FrameCodec.MaxPayloadLength];
        var w = new PayloadWriter(payload);
        ReadRequest.Write(w, 0, [5], 0, 1);
        var header = new FrameHeader
        {
            Version = FrameHeader.ProtocolVersion,
            Type = MessageType.Read,
            Flags = MessageFlags.AckRequest,
            Status = StatusCode.Ok,
            Seq = 0x0007,
            Ack = 0,
            Session = 0x1234,
        };
        var output = new byte[FrameCodec.MaxWireLength];
        int length = new FrameCodec().Encode(header, payload, 0, w.Length, output, 0);
        return output.AsSpan(0, length).ToArray();
    }
}
