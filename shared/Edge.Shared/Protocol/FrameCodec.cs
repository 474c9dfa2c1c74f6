// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// Frame = COBS(header | payload | CRC-32 LE over header and payload) followed by 0x00. The encoder owns one
    /// scratch buffer so encoding allocates nothing (the firmware encodes replies between pulses).
    /// </summary>
    public sealed class FrameCodec
    {
        /// <summary>Payload cap. 256 bytes fit 20 job records or a 240-byte table chunk, and bound the board's buffers.</summary>
        public const int MaxPayloadLength = 256;

        /// <summary>CRC trailer length.</summary>
        public const int CrcLength = 4;

        /// <summary>Largest raw frame: header + payload cap + CRC.</summary>
        public const int MaxFrameLength = FrameHeader.Length + MaxPayloadLength + CrcLength;

        /// <summary>Largest encoded frame on the wire, delimiter included.</summary>
        public static readonly int MaxWireLength = Cobs.MaxEncodedLength(MaxFrameLength) + 1;

        private readonly byte[] raw = new byte[MaxFrameLength];

        /// <summary>
        /// Encodes a frame into <paramref name="output"/> (at least <see cref="MaxWireLength"/> bytes from
        /// <paramref name="outputOffset"/>) and returns the number of bytes to send, delimiter included. The header's
        /// PayloadLength is set from <paramref name="payloadLength"/>. Returns -1 if the payload exceeds the cap.
        /// </summary>
        public int Encode(FrameHeader header, byte[] payload, int payloadOffset, int payloadLength, byte[] output, int outputOffset)
        {
            if (payloadLength < 0 || payloadLength > MaxPayloadLength)
            {
                return -1;
            }

            header.PayloadLength = (ushort)payloadLength;
            header.WriteTo(raw, 0);
            for (int i = 0; i < payloadLength; i++)
            {
                raw[FrameHeader.Length + i] = payload[payloadOffset + i];
            }

            int bodyLength = FrameHeader.Length + payloadLength;
            LittleEndian.WriteUInt32(raw, bodyLength, Crc32.Compute(raw, 0, bodyLength));
            int encoded = Cobs.Encode(raw, 0, bodyLength + CrcLength, output, outputOffset);
            output[outputOffset + encoded] = 0;
            return encoded + 1;
        }

        /// <summary>
        /// Checks a decoded frame: length consistency, then CRC. The protocol version is NOT checked here: a frame from
        /// a peer with another version must still reach the session layer so it can say "version mismatch".
        /// </summary>
        public static FrameCheck Validate(byte[] frame, int length, out FrameHeader header)
        {
            header = new FrameHeader();
            if (length < FrameHeader.Length + CrcLength || length > MaxFrameLength)
            {
                return FrameCheck.BadLength;
            }

            header = FrameHeader.ReadFrom(frame, 0);
            if (header.PayloadLength > MaxPayloadLength || FrameHeader.Length + header.PayloadLength + CrcLength != length)
            {
                return FrameCheck.BadLength;
            }

            int bodyLength = length - CrcLength;
            if (Crc32.Compute(frame, 0, bodyLength) != LittleEndian.ReadUInt32(frame, bodyLength))
            {
                return FrameCheck.BadCrc;
            }

            return FrameCheck.Ok;
        }
    }
}
