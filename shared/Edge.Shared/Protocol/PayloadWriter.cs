// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>Appends little-endian fields to a caller-owned buffer; <see cref="Overflowed"/> turns true instead of throwing.</summary>
    public sealed class PayloadWriter
    {
        private byte[] buffer;
        private int start;
        private int capacity;

        /// <summary>Creates a writer over a whole buffer.</summary>
        public PayloadWriter(byte[] buffer)
        {
            Reset(buffer, 0, buffer.Length);
        }

        /// <summary>Bytes written so far.</summary>
        public int Length { get; private set; }

        /// <summary>True if a write did not fit (the payload must not be sent).</summary>
        public bool Overflowed { get; private set; }

        /// <summary>The underlying buffer.</summary>
        public byte[] Buffer
        {
            get { return buffer; }
        }

        /// <summary>Offset of the first byte in <see cref="Buffer"/>.</summary>
        public int Start
        {
            get { return start; }
        }

        /// <summary>Starts over on a region of a buffer.</summary>
        public void Reset(byte[] target, int offset, int count)
        {
            buffer = target;
            start = offset;
            capacity = count;
            Length = 0;
            Overflowed = false;
        }

        /// <summary>Starts over on the same region.</summary>
        public void Clear()
        {
            Length = 0;
            Overflowed = false;
        }

        /// <summary>Appends one byte.</summary>
        public void U8(int value)
        {
            if (Reserve(1))
            {
                buffer[start + Length - 1] = (byte)value;
            }
        }

        /// <summary>Appends an unsigned 16-bit value.</summary>
        public void U16(int value)
        {
            if (Reserve(2))
            {
                LittleEndian.WriteUInt16(buffer, start + Length - 2, (ushort)value);
            }
        }

        /// <summary>Appends a signed 16-bit value.</summary>
        public void I16(int value)
        {
            if (Reserve(2))
            {
                LittleEndian.WriteInt16(buffer, start + Length - 2, (short)value);
            }
        }

        /// <summary>Appends an unsigned 32-bit value.</summary>
        public void U32(uint value)
        {
            if (Reserve(4))
            {
                LittleEndian.WriteUInt32(buffer, start + Length - 4, value);
            }
        }

        /// <summary>Appends bytes.</summary>
        public void Bytes(byte[] source, int offset, int count)
        {
            if (Reserve(count))
            {
                int at = start + Length - count;
                for (int i = 0; i < count; i++)
                {
                    buffer[at + i] = source[offset + i];
                }
            }
        }

        private bool Reserve(int count)
        {
            if (Overflowed || Length + count > capacity)
            {
                Overflowed = true;
                return false;
            }

            Length += count;
            return true;
        }
    }
}
