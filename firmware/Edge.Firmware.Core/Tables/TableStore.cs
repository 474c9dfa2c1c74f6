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
    public sealed partial class TableStore
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

        /// <summary>
        /// Cells in the board's array (0 = not checked): a set whose array corrections hold another count is refused
        /// with <see cref="StatusCode.TableArrayMismatch"/>, at upload and at boot.
        /// </summary>
        public int ArrayCells { get; set; }

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
            if (TableSetCodec.TryParse(image, 0, image.Length, out set, out field) != StatusCode.Ok || !FitsArray(set))
            {
                set = null;
                return false;
            }

            length = (uint)image.Length;
            crc = Crc32.Compute(image, 0, image.Length);
            return true;
        }

        private bool FitsArray(TableSet set)
        {
            return set.Array == null || ArrayCells == 0 || set.Array.CellCount == ArrayCells;
        }
    }
}
