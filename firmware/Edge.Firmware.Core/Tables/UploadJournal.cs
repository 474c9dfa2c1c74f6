// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Tables
{
    /// <summary>
    /// The upload's progress, kept in the last <see cref="Bytes"/> of the staged slot so a reboot mid-upload resumes
    /// where it stopped. Append-only 32-byte records (kind, 24 data bytes, CRC-32 of the first 28), written after the
    /// data they vouch for: BEGIN (length, CRC, generation), HEADER (the image's first 24 bytes, which the slot only
    /// receives at commit), PROGRESS (next offset, running CRC register of the image so far). At boot the newest
    /// PROGRESS record whose running CRC matches what the slot really holds wins, so a torn record or a torn chunk
    /// costs one chunk, never a wrong byte; the whole image is still verified before commit.
    /// </summary>
    public sealed class UploadJournal
    {
        /// <summary>Bytes at the end of each slot reserved for the journal (two 4 KiB flash sectors).</summary>
        public const int Bytes = 8192;

        private const int RecordBytes = 32;
        private const uint KindBegin = 0x4E474542;     // "BEGN"
        private const uint KindHeader = 0x52444548;    // "HEDR"
        private const uint KindProgress = 0x474F5250;  // "PROG"

        private readonly ITableStorage storage;
        private readonly byte[] record = new byte[RecordBytes];
        private readonly byte[] scratch = new byte[64];
        private int nextRecord;

        /// <summary>Creates the journal over the table storage.</summary>
        public UploadJournal(ITableStorage storage)
        {
            this.storage = storage;
        }

        /// <summary>Largest image a slot can take beside its journal.</summary>
        public int MaxImageLength
        {
            get { return storage.SlotCapacity - Bytes; }
        }

        /// <summary>Records the start of an upload into a freshly erased slot.</summary>
        public void Begin(int slot, uint length, uint crc, uint generation)
        {
            nextRecord = 0;
            Clear();
            LittleEndian.WriteUInt32(record, 4, length);
            LittleEndian.WriteUInt32(record, 8, crc);
            LittleEndian.WriteUInt32(record, 12, generation);
            Append(slot, KindBegin);
        }

        /// <summary>Records the image's first 24 bytes (held back from the slot until commit).</summary>
        public void Header(int slot, byte[] header)
        {
            Clear();
            for (int i = 0; i < TableHeader.Length; i++)
            {
                record[4 + i] = header[i];
            }

            Append(slot, KindHeader);
        }

        /// <summary>Records that the image up to <paramref name="offset"/> is in flash, with its running CRC register.</summary>
        public void Progress(int slot, uint offset, uint crcRegister)
        {
            Clear();
            LittleEndian.WriteUInt32(record, 4, offset);
            LittleEndian.WriteUInt32(record, 8, crcRegister);
            Append(slot, KindProgress);
        }

        /// <summary>
        /// Finds an unfinished upload in <paramref name="slot"/>: its BEGIN fields, its header bytes and the newest
        /// progress that the slot's content confirms. False when there is none to resume.
        /// </summary>
        public bool TryRecover(int slot, byte[] header, out uint length, out uint crc, out uint generation, out uint offset, out uint crcRegister)
        {
            length = 0;
            crc = 0;
            generation = 0;
            offset = 0;
            crcRegister = Crc32.Seed;
            bool begun = false;
            bool haveHeader = false;
            int count = Bytes / RecordBytes;
            nextRecord = count;
            for (int i = 0; i < count; i++)
            {
                storage.Read(slot, storage.SlotCapacity - Bytes + (i * RecordBytes), record, 0, RecordBytes);
                if (Erased())
                {
                    nextRecord = i;
                    break;
                }

                uint kind = LittleEndian.ReadUInt32(record, 0);
                if (Crc32.Compute(record, 0, RecordBytes - 4) != LittleEndian.ReadUInt32(record, RecordBytes - 4))
                {
                    continue; // torn: the next one may still be good
                }

                if (kind == KindBegin && i == 0)
                {
                    begun = true;
                    length = LittleEndian.ReadUInt32(record, 4);
                    crc = LittleEndian.ReadUInt32(record, 8);
                    generation = LittleEndian.ReadUInt32(record, 12);
                }
                else if (kind == KindHeader && begun)
                {
                    haveHeader = true;
                    for (int b = 0; b < TableHeader.Length; b++)
                    {
                        header[b] = record[4 + b];
                    }
                }
                else if (kind == KindProgress && haveHeader)
                {
                    uint candidate = LittleEndian.ReadUInt32(record, 4);
                    uint register = LittleEndian.ReadUInt32(record, 8);
                    if (candidate <= length && candidate > offset && RegisterOf(slot, header, candidate) == register)
                    {
                        offset = candidate;
                        crcRegister = register;
                    }
                }
            }

            return begun && haveHeader && offset > 0 && length <= (uint)MaxImageLength;
        }

        private uint RegisterOf(int slot, byte[] header, uint end)
        {
            uint register = Crc32.Update(Crc32.Seed, header, 0, TableHeader.Length);
            for (uint at = TableHeader.Length; at < end;)
            {
                int n = end - at > (uint)scratch.Length ? scratch.Length : (int)(end - at);
                storage.Read(slot, (int)at, scratch, 0, n);
                register = Crc32.Update(register, scratch, 0, n);
                at += (uint)n;
            }

            return register;
        }

        private void Append(int slot, uint kind)
        {
            if (nextRecord >= Bytes / RecordBytes)
            {
                return; // full (many tiny chunks): a reboot resumes from the last recorded offset, which stays correct
            }

            LittleEndian.WriteUInt32(record, 0, kind);
            LittleEndian.WriteUInt32(record, RecordBytes - 4, Crc32.Compute(record, 0, RecordBytes - 4));
            int at = nextRecord++;
            storage.Write(slot, storage.SlotCapacity - Bytes + (at * RecordBytes), record, 0, RecordBytes);
        }

        private void Clear()
        {
            for (int i = 0; i < RecordBytes; i++)
            {
                record[i] = 0;
            }
        }

        private bool Erased()
        {
            for (int i = 0; i < RecordBytes; i++)
            {
                if (record[i] != 0xFF)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
