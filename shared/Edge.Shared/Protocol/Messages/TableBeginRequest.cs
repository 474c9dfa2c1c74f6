// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// TABLE_BEGIN request (12 bytes): image length u32 | image CRC-32 u32 | generation u32. The board erases the inactive
    /// slot and answers with: max chunk u16 | next offset u32 (0). TABLE_CHUNK: offset u32 | data (1..<see cref="MaxChunk"/>);
    /// reply: next offset u32 (with <see cref="StatusCode.TableSequence"/> when the offset was not the expected one, so the
    /// host resumes from the board's offset). TABLE_END: empty; the board verifies length, CRC and every field, writes
    /// the slot header last, and replies: generation u32.
    /// </summary>
    public struct TableBeginRequest
    {
        /// <summary>Payload length.</summary>
        public const int Length = 12;

        /// <summary>Largest chunk data per TABLE_CHUNK (4 + 240 bytes).</summary>
        public const int MaxChunk = 240;

        /// <summary>Total image length in bytes (header included).</summary>
        public uint ImageLength;

        /// <summary>CRC-32 of the whole image.</summary>
        public uint ImageCrc;

        /// <summary>Generation written in the image header (must be above the active one).</summary>
        public uint Generation;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U32(ImageLength);
            w.U32(ImageCrc);
            w.U32(Generation);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out TableBeginRequest m)
        {
            m = new TableBeginRequest();
            m.ImageLength = r.U32();
            m.ImageCrc = r.U32();
            m.Generation = r.U32();
            return r.CompletedExactly;
        }
    }
}
