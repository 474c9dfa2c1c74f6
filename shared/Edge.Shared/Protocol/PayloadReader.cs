// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// Reads little-endian fields from a received payload. Reading past the end never throws: it returns 0 and sets
    /// <see cref="Failed"/>, so a parser checks once at the end and answers <see cref="StatusCode.BadPayload"/>.
    /// </summary>
    public sealed class PayloadReader
    {
        private byte[] buffer;
        private int position;
        private int end;

        /// <summary>Creates a reader over a region of a buffer.</summary>
        public PayloadReader(byte[] buffer, int offset, int count)
        {
            Reset(buffer, offset, count);
        }

        /// <summary>True once any read ran past the end.</summary>
        public bool Failed { get; private set; }

        /// <summary>Bytes not yet read.</summary>
        public int Remaining
        {
            get { return end - position; }
        }

        /// <summary>Offset of the next byte in the underlying buffer.</summary>
        public int Position
        {
            get { return position; }
        }

        /// <summary>The underlying buffer.</summary>
        public byte[] Buffer
        {
            get { return buffer; }
        }

        /// <summary>True when every byte was consumed and nothing failed (payloads have no trailing bytes).</summary>
        public bool CompletedExactly
        {
            get { return !Failed && position == end; }
        }

        /// <summary>Starts over on a region of a buffer.</summary>
        public void Reset(byte[] source, int offset, int count)
        {
            buffer = source;
            position = offset;
            end = offset + count;
            Failed = false;
        }

        /// <summary>Reads one byte.</summary>
        public int U8()
        {
            if (!Take(1))
            {
                return 0;
            }

            return buffer[position - 1];
        }

        /// <summary>Reads an unsigned 16-bit value.</summary>
        public int U16()
        {
            return Take(2) ? LittleEndian.ReadUInt16(buffer, position - 2) : 0;
        }

        /// <summary>Reads a signed 16-bit value.</summary>
        public int I16()
        {
            return Take(2) ? LittleEndian.ReadInt16(buffer, position - 2) : 0;
        }

        /// <summary>Reads an unsigned 32-bit value.</summary>
        public uint U32()
        {
            return Take(4) ? LittleEndian.ReadUInt32(buffer, position - 4) : 0u;
        }

        /// <summary>Skips <paramref name="count"/> bytes (e.g. a chunk's data, read in place through <see cref="Buffer"/>).</summary>
        public void Skip(int count)
        {
            Take(count);
        }

        private bool Take(int count)
        {
            if (Failed || count < 0 || position + count > end)
            {
                Failed = true;
                return false;
            }

            position += count;
            return true;
        }
    }
}
