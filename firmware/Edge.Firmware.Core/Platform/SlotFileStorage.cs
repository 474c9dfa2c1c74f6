// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Platform
{
    /// <summary>
    /// The two table slots (A at byte 0, B at <c>slotCapacity</c>) in one file. It behaves like the NOR flash the table
    /// store was written for: bytes never written, or past the end of the file, read as erased (0xFF), an erase writes
    /// 0xFF over the whole slot, and every write is flushed before the call returns, so the store's "header last" order
    /// reaches the medium in that order.
    /// </summary>
    public sealed class SlotFileStorage : ITableStorage
    {
        /// <summary>Erased flash reads as all ones.</summary>
        public const byte ErasedByte = 0xFF;

        private const int EraseChunkBytes = 256;

        private readonly IRandomAccessFile file;
        private readonly int slotCapacity;
        private readonly byte[] erased = new byte[EraseChunkBytes];

        /// <summary>Creates the storage; each slot holds <paramref name="slotCapacity"/> bytes.</summary>
        public SlotFileStorage(IRandomAccessFile file, int slotCapacity)
        {
            if (file == null)
            {
                throw new ArgumentNullException("file");
            }

            if (slotCapacity < 64)
            {
                throw new ArgumentOutOfRangeException("slotCapacity");
            }

            this.file = file;
            this.slotCapacity = slotCapacity;
            for (int i = 0; i < erased.Length; i++)
            {
                erased[i] = ErasedByte;
            }
        }

        /// <inheritdoc/>
        public int SlotCapacity
        {
            get { return slotCapacity; }
        }

        /// <inheritdoc/>
        public void Read(int slot, int offset, byte[] buffer, int bufferOffset, int count)
        {
            long position = Position(slot, offset, count);
            int got = 0;
            if (position < file.Length)
            {
                got = file.Read(position, buffer, bufferOffset, count);
                if (got < 0)
                {
                    got = 0;
                }
            }

            for (int i = got; i < count; i++)
            {
                buffer[bufferOffset + i] = ErasedByte;
            }
        }

        /// <inheritdoc/>
        public void Write(int slot, int offset, byte[] buffer, int bufferOffset, int count)
        {
            long position = Position(slot, offset, count);
            file.Write(position, buffer, bufferOffset, count);
            file.Flush();
        }

        /// <inheritdoc/>
        public void Erase(int slot)
        {
            long start = Position(slot, 0, slotCapacity);
            int done = 0;
            while (done < slotCapacity)
            {
                int n = slotCapacity - done < EraseChunkBytes ? slotCapacity - done : EraseChunkBytes;
                file.Write(start + done, erased, 0, n);
                done += n;
            }

            file.Flush();
        }

        private long Position(int slot, int offset, int count)
        {
            if (slot < 0 || slot > 1)
            {
                throw new ArgumentOutOfRangeException("slot");
            }

            if (offset < 0 || count < 0 || offset + count > slotCapacity)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            return ((long)slot * slotCapacity) + offset;
        }
    }
}
