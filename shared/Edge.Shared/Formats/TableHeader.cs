// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// The 24-byte header that starts every table file and storage slot (docs/formats.md): magic u32 | schema u16 |
    /// reserved u16 | generation u32 | payload length u32 | payload CRC-32 u32 | header CRC-32 u32 (over the first 20
    /// bytes). In flash the header is written last, so a torn write never leaves a valid header over a bad payload.
    /// </summary>
    public struct TableHeader
    {
        /// <summary>Header length in bytes.</summary>
        public const int Length = 24;

        /// <summary>The schema version this build writes and reads.</summary>
        public const ushort SchemaVersion = 1;

        /// <summary>Magic of an FFP voltage table: ASCII "EFFP".</summary>
        public const uint FfpTableMagic = 0x50464645;

        /// <summary>Magic of a level program: ASCII "ELVL".</summary>
        public const uint LevelProgramMagic = 0x4C564C45;

        /// <summary>Magic of a table set (what a board slot stores): ASCII "ETBS".</summary>
        public const uint TableSetMagic = 0x53425445;

        /// <summary>Magic of a seek table (saturation law per voltage): ASCII "ESEK".</summary>
        public const uint SeekTableMagic = 0x4B455345;

        /// <summary>Magic of per-cell array corrections: ASCII "EARR".</summary>
        public const uint ArrayCorrectionsMagic = 0x52524145;

        /// <summary>Largest payload any table file may declare (a board slot is 64 KiB).</summary>
        public const int MaxPayloadLength = 65536 - Length;

        /// <summary>File kind.</summary>
        public uint Magic;

        /// <summary>Schema version of the payload layout.</summary>
        public ushort Schema;

        /// <summary>Generation counter (monotone per board; the highest valid slot wins at boot).</summary>
        public uint Generation;

        /// <summary>Payload length in bytes.</summary>
        public uint PayloadLength;

        /// <summary>CRC-32 of the payload.</summary>
        public uint PayloadCrc;

        /// <summary>Writes the header (computing the header CRC) at <paramref name="offset"/>.</summary>
        public void WriteTo(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt32(buffer, offset, Magic);
            LittleEndian.WriteUInt16(buffer, offset + 4, Schema);
            LittleEndian.WriteUInt16(buffer, offset + 6, 0);
            LittleEndian.WriteUInt32(buffer, offset + 8, Generation);
            LittleEndian.WriteUInt32(buffer, offset + 12, PayloadLength);
            LittleEndian.WriteUInt32(buffer, offset + 16, PayloadCrc);
            LittleEndian.WriteUInt32(buffer, offset + 20, Crc32.Compute(buffer, offset, 20));
        }

        /// <summary>
        /// Reads and checks a header: header CRC, magic, schema, and that the payload fits in
        /// <paramref name="available"/> bytes after it. Returns the status and names the failing field.
        /// </summary>
        public static StatusCode TryRead(byte[] buffer, int offset, int available, uint expectedMagic, out TableHeader header, out string field)
        {
            header = new TableHeader();
            field = "header";
            if (available < Length)
            {
                return StatusCode.TableBadLength;
            }

            field = "magic";
            header.Magic = LittleEndian.ReadUInt32(buffer, offset);
            if (header.Magic != expectedMagic)
            {
                return StatusCode.TableBadMagic;
            }

            field = "header_crc";
            if (Crc32.Compute(buffer, offset, 20) != LittleEndian.ReadUInt32(buffer, offset + 20))
            {
                return StatusCode.TableBadHeaderCrc;
            }

            field = "schema";
            header.Schema = LittleEndian.ReadUInt16(buffer, offset + 4);
            if (header.Schema != SchemaVersion)
            {
                return StatusCode.TableBadSchema;
            }

            header.Generation = LittleEndian.ReadUInt32(buffer, offset + 8);
            header.PayloadLength = LittleEndian.ReadUInt32(buffer, offset + 12);
            header.PayloadCrc = LittleEndian.ReadUInt32(buffer, offset + 16);
            field = "payload_length";
            if (header.PayloadLength > MaxPayloadLength || header.PayloadLength > (uint)(available - Length))
            {
                return StatusCode.TableBadLength;
            }

            field = "payload_crc";
            if (Crc32.Compute(buffer, offset + Length, (int)header.PayloadLength) != header.PayloadCrc)
            {
                return StatusCode.TableBadCrc;
            }

            field = null;
            return StatusCode.Ok;
        }

        /// <summary>Wraps a payload in a header: returns header + payload as one file image.</summary>
        public static byte[] Wrap(uint magic, uint generation, byte[] payload, int payloadLength)
        {
            var image = new byte[Length + payloadLength];
            for (int i = 0; i < payloadLength; i++)
            {
                image[Length + i] = payload[i];
            }

            var header = new TableHeader();
            header.Magic = magic;
            header.Schema = SchemaVersion;
            header.Generation = generation;
            header.PayloadLength = (uint)payloadLength;
            header.PayloadCrc = Crc32.Compute(image, Length, payloadLength);
            header.WriteTo(image, 0);
            return image;
        }
    }
}
