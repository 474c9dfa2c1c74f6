// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Tables
{
    /// <summary>The upload half of the store: TABLE_BEGIN / CHUNK / END, verification, and resume after a reboot.</summary>
    public sealed partial class TableStore
    {
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
            if (set.Generation != uploadGeneration)
            {
                return StatusCode.TableValueOutOfRange;
            }

            field = "array.cells";
            return FitsArray(set) ? StatusCode.Ok : StatusCode.TableArrayMismatch;
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
    }
}
