// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Tables
{
    /// <summary>
    /// Two table slots (A = 0, B = 1), each holding a table-set image whose 24-byte header carries the generation.
    /// Uploads go to the inactive slot: erase, payload chunks, read back and verify everything, and only then write the
    /// header. A power cut at any step leaves the old slot untouched and the new one without a valid header, so boot
    /// always finds generation S or S+1 (docs/formats.md, "Storage"). The upload's progress is journalled in the
    /// staged slot (<see cref="UploadJournal"/>): after a reboot, a TABLE_BEGIN of the same image resumes it.
    /// </summary>
    public sealed class TableStore
    {
        private readonly ITableStorage storage;
        private readonly UploadJournal journal;
        private readonly byte[] headerBytes = new byte[TableHeader.Length];
        private readonly byte[] probe = new byte[TableHeader.Length];
        private bool uploading;
        private int uploadSlot;
        private uint uploadLength;
        private uint uploadCrc;
        private uint uploadGeneration;
        private uint nextOffset;
        private uint runningCrc;
        private bool headerJournalled;

        /// <summary>Creates the store; call <see cref="Boot"/> before use.</summary>
        public TableStore(ITableStorage storage)
        {
            this.storage = storage;
            journal = new UploadJournal(storage);
            ActiveSlot = -1;
        }

        /// <summary>The active table set, or null when no valid table is stored.</summary>
        public TableSet Active { get; private set; }

        /// <summary>Slot of the active set, -1 if none.</summary>
        public int ActiveSlot { get; private set; }

        /// <summary>Generation of the active set (0 if none).</summary>
        public uint Generation
        {
            get { return Active == null ? 0 : Active.Generation; }
        }

        /// <summary>Length of the active image in bytes.</summary>
        public uint ActiveLength { get; private set; }

        /// <summary>CRC-32 of the active image.</summary>
        public uint ActiveCrc { get; private set; }

        /// <summary>Next byte offset the upload expects.</summary>
        public uint NextOffset
        {
            get { return nextOffset; }
        }

        /// <summary>Loads the valid slot with the highest generation (boot).</summary>
        public void Boot()
        {
            Active = null;
            ActiveSlot = -1;
            for (int slot = 0; slot < 2; slot++)
            {
                TableSet set;
                uint length;
                uint crc;
                if (TryLoad(slot, out set, out length, out crc) && (Active == null || set.Generation > Active.Generation))
                {
                    Active = set;
                    ActiveSlot = slot;
                    ActiveLength = length;
                    ActiveCrc = crc;
                }
            }

            Recover();
        }

        /// <summary>Largest image an upload can send (a slot minus its upload journal).</summary>
        public int MaxImageLength
        {
            get { return journal.MaxImageLength; }
        }

        /// <summary>Starts an upload of an image of <paramref name="length"/> bytes into the inactive slot.</summary>
        public StatusCode Begin(uint length, uint crc, uint generation)
        {
            if (uploading && length == uploadLength && crc == uploadCrc && generation == uploadGeneration)
            {
                return StatusCode.Ok; // the same image again (e.g. after a reboot): continue at NextOffset
            }

            uploading = false;
            if (length < TableHeader.Length || length > (uint)journal.MaxImageLength)
            {
                return StatusCode.TableTooLarge;
            }

            if (generation <= Generation)
            {
                // Generations only grow: boot picks the highest, so an older one would never become active.
                return StatusCode.TableValueOutOfRange;
            }

            uploadSlot = ActiveSlot == 0 ? 1 : 0;
            storage.Erase(uploadSlot);
            journal.Begin(uploadSlot, length, crc, generation);
            uploadLength = length;
            uploadCrc = crc;
            uploadGeneration = generation;
            nextOffset = 0;
            runningCrc = Crc32.Seed;
            headerJournalled = false;
            uploading = true;
            return StatusCode.Ok;
        }

        /// <summary>Stores one chunk; the header part is held in RAM until <see cref="End"/>.</summary>
        public StatusCode Chunk(uint offset, byte[] data, int dataOffset, int count)
        {
            if (!uploading)
            {
                return StatusCode.TableSequence;
            }

            if (offset != nextOffset || count <= 0 || offset + (uint)count > uploadLength)
            {
                return StatusCode.TableSequence;
            }

            int i = 0;
            while (i < count && offset + i < TableHeader.Length)
            {
                headerBytes[offset + i] = data[dataOffset + i];
                i++;
            }

            if (i < count)
            {
                storage.Write(uploadSlot, (int)offset + i, data, dataOffset + i, count - i);
            }

            nextOffset = offset + (uint)count;
            runningCrc = Crc32.Update(runningCrc, data, dataOffset, count);
            if (nextOffset >= TableHeader.Length)
            {
                // Progress is only worth recording once the held-back header is journalled too.
                if (!headerJournalled)
                {
                    journal.Header(uploadSlot, headerBytes);
                    headerJournalled = true;
                }

                journal.Progress(uploadSlot, nextOffset, runningCrc);
            }

            return StatusCode.Ok;
        }

        /// <summary>
        /// Verifies the whole image read back from flash (CRC, generation, every field) and commits it by writing the
        /// header last. On failure the inactive slot stays invalid and <paramref name="field"/> names the problem.
        /// </summary>
        public StatusCode End(out string field)
        {
            field = "upload";
            if (!uploading || nextOffset != uploadLength)
            {
                return StatusCode.TableSequence;
            }

            uploading = false;
            StatusCode status = Verify(out field);
            if (status != StatusCode.Ok)
            {
                // Not resumable: the next TABLE_BEGIN starts afresh instead of resuming into the same failure.
                storage.Erase(uploadSlot);
                return status;
            }

            storage.Write(uploadSlot, 0, headerBytes, 0, TableHeader.Length);
            TableSet committed;
            uint length;
            uint crc;
            field = "storage";
            if (!TryLoad(uploadSlot, out committed, out length, out crc))
            {
                return StatusCode.StorageFault;
            }

            Active = committed;
            ActiveSlot = uploadSlot;
            ActiveLength = length;
            ActiveCrc = crc;
            field = null;
            return StatusCode.Ok;
        }

        private StatusCode Verify(out string field)
        {
            var image = new byte[uploadLength];
            for (int i = 0; i < TableHeader.Length; i++)
            {
                image[i] = headerBytes[i];
            }

            storage.Read(uploadSlot, TableHeader.Length, image, TableHeader.Length, (int)uploadLength - TableHeader.Length);
            field = "image_crc";
            if (Crc32.Compute(image, 0, image.Length) != uploadCrc)
            {
                return StatusCode.TableBadCrc;
            }

            TableSet set;
            StatusCode status = TableSetCodec.TryParse(image, 0, image.Length, out set, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            field = "generation";
            return set.Generation != uploadGeneration ? StatusCode.TableValueOutOfRange : StatusCode.Ok;
        }

        private void Recover()
        {
            int slot = ActiveSlot == 0 ? 1 : 0;
            uint length;
            uint crc;
            uint generation;
            uint offset;
            uint register;
            if (journal.TryRecover(slot, headerBytes, out length, out crc, out generation, out offset, out register) && generation > Generation)
            {
                uploading = true;
                uploadSlot = slot;
                uploadLength = length;
                uploadCrc = crc;
                uploadGeneration = generation;
                nextOffset = offset;
                runningCrc = register;
                headerJournalled = true;
            }
        }

        private bool TryLoad(int slot, out TableSet set, out uint length, out uint crc)
        {
            set = null;
            length = 0;
            crc = 0;
            storage.Read(slot, 0, probe, 0, TableHeader.Length);

            // Cheap checks on the header alone before sizing a buffer from it: an erased or torn header fails here.
            if (LittleEndian.ReadUInt32(probe, 0) != TableHeader.TableSetMagic
                || Crc32.Compute(probe, 0, 20) != LittleEndian.ReadUInt32(probe, 20))
            {
                return false;
            }

            uint payloadLength = LittleEndian.ReadUInt32(probe, 12);
            if (payloadLength > (uint)(storage.SlotCapacity - TableHeader.Length))
            {
                return false;
            }

            var image = new byte[TableHeader.Length + payloadLength];
            storage.Read(slot, 0, image, 0, image.Length);
            string field;
            if (TableSetCodec.TryParse(image, 0, image.Length, out set, out field) != StatusCode.Ok)
            {
                set = null;
                return false;
            }

            length = (uint)image.Length;
            crc = Crc32.Compute(image, 0, image.Length);
            return true;
        }
    }
}
