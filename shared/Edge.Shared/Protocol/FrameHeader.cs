// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// The fixed 12-byte little-endian frame header:
    /// version u8 | type u8 | flags u8 | status u8 | seq u16 | ack u16 | session u16 | payload length u16.
    /// </summary>
    public struct FrameHeader
    {
        /// <summary>Header length in bytes.</summary>
        public const int Length = 12;

        /// <summary>The protocol version this build speaks (docs/protocol.md, "Versioning").</summary>
        public const byte ProtocolVersion = 1;

        /// <summary>Protocol version of the sender.</summary>
        public byte Version;

        /// <summary>Message type (see <see cref="MessageType"/>).</summary>
        public MessageType Type;

        /// <summary>Flag bits (see <see cref="MessageFlags"/>).</summary>
        public byte Flags;

        /// <summary>Status of a reply (see <see cref="StatusCode"/>); 0 in commands.</summary>
        public StatusCode Status;

        /// <summary>Sender's sequence number; a retry repeats it.</summary>
        public ushort Seq;

        /// <summary>In replies: the seq of the command answered.</summary>
        public ushort Ack;

        /// <summary>The board's session id (random per boot); a change means the board rebooted.</summary>
        public ushort Session;

        /// <summary>Payload length in bytes (0..<see cref="FrameCodec.MaxPayloadLength"/>).</summary>
        public ushort PayloadLength;

        /// <summary>True when <paramref name="flag"/> is set.</summary>
        public bool Has(byte flag)
        {
            return (Flags & flag) != 0;
        }

        /// <summary>Writes the header at <paramref name="offset"/>.</summary>
        public void WriteTo(byte[] buffer, int offset)
        {
            buffer[offset] = Version;
            buffer[offset + 1] = (byte)Type;
            buffer[offset + 2] = Flags;
            buffer[offset + 3] = (byte)Status;
            LittleEndian.WriteUInt16(buffer, offset + 4, Seq);
            LittleEndian.WriteUInt16(buffer, offset + 6, Ack);
            LittleEndian.WriteUInt16(buffer, offset + 8, Session);
            LittleEndian.WriteUInt16(buffer, offset + 10, PayloadLength);
        }

        /// <summary>Reads a header at <paramref name="offset"/> (no validation).</summary>
        public static FrameHeader ReadFrom(byte[] buffer, int offset)
        {
            FrameHeader h;
            h.Version = buffer[offset];
            h.Type = (MessageType)buffer[offset + 1];
            h.Flags = buffer[offset + 2];
            h.Status = (StatusCode)buffer[offset + 3];
            h.Seq = LittleEndian.ReadUInt16(buffer, offset + 4);
            h.Ack = LittleEndian.ReadUInt16(buffer, offset + 6);
            h.Session = LittleEndian.ReadUInt16(buffer, offset + 8);
            h.PayloadLength = LittleEndian.ReadUInt16(buffer, offset + 10);
            return h;
        }
    }
}
