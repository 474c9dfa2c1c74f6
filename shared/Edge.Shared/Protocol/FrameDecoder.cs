// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// Streaming receiver: feed it bytes in any chunking; it collects COBS-encoded bytes up to each 0x00 delimiter,
    /// decodes and validates the frame (COBS, length, CRC) and exposes it until the next call. Buffers are fixed at
    /// construction from the protocol's payload cap: nothing is ever sized from a length read off the wire. After
    /// garbage or an overlong run it discards until the next delimiter, so it resynchronises within one frame.
    /// </summary>
    public sealed class FrameDecoder
    {
        private readonly byte[] encoded = new byte[Cobs.MaxEncodedLength(FrameCodec.MaxFrameLength)];
        private readonly byte[] frame = new byte[FrameCodec.MaxFrameLength];
        private int encodedLength;
        private bool discarding;
        private int frameLength;
        private FrameHeader header;

        /// <summary>Frames accepted (valid COBS, length and CRC).</summary>
        public long FramesAccepted { get; private set; }

        /// <summary>Frames rejected because the COBS encoding was invalid or too long.</summary>
        public long RejectedCobs { get; private set; }

        /// <summary>Frames rejected because the decoded length disagreed with the header (or was too short).</summary>
        public long RejectedLength { get; private set; }

        /// <summary>Frames rejected by the CRC-32.</summary>
        public long RejectedCrc { get; private set; }

        /// <summary>The raw (decoded) bytes of the last accepted frame: header, payload, CRC.</summary>
        public byte[] FrameBuffer
        {
            get { return frame; }
        }

        /// <summary>Length of the last accepted frame in <see cref="FrameBuffer"/>.</summary>
        public int FrameLength
        {
            get { return frameLength; }
        }

        /// <summary>The header of the last accepted frame.</summary>
        public FrameHeader Header
        {
            get { return header; }
        }

        /// <summary>Offset of the payload of the last accepted frame in <see cref="FrameBuffer"/>.</summary>
        public int PayloadOffset
        {
            get { return FrameHeader.Length; }
        }

        /// <summary>Pushes one byte; returns true when it completed a valid frame (read it before the next push).</summary>
        public bool Push(byte value)
        {
            if (value != 0)
            {
                if (discarding)
                {
                    return false;
                }

                if (encodedLength == encoded.Length)
                {
                    // Longer than any valid frame: garbage or a lost delimiter. Drop it and wait for the next 0x00.
                    discarding = true;
                    encodedLength = 0;
                    RejectedCobs++;
                    return false;
                }

                encoded[encodedLength++] = value;
                return false;
            }

            if (discarding)
            {
                discarding = false;
                return false;
            }

            int length = encodedLength;
            encodedLength = 0;
            if (length == 0)
            {
                return false; // back-to-back delimiters are legal idle filler
            }

            int decoded = Cobs.Decode(encoded, 0, length, frame, 0, frame.Length);
            if (decoded < 0)
            {
                RejectedCobs++;
                return false;
            }

            FrameHeader parsed;
            FrameCheck check = FrameCodec.Validate(frame, decoded, out parsed);
            switch (check)
            {
                case FrameCheck.Ok:
                    break;
                case FrameCheck.BadLength:
                    RejectedLength++;
                    return false;
                default:
                    RejectedCrc++;
                    return false;
            }

            header = parsed;
            frameLength = decoded;
            FramesAccepted++;
            return true;
        }

        /// <summary>Forgets any partial frame (e.g. after the port was reopened).</summary>
        public void Reset()
        {
            encodedLength = 0;
            discarding = false;
        }
    }
}
