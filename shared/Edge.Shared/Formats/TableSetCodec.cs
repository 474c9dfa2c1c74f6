// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// Table set file = <see cref="TableHeader"/> (magic "ETBS") + payload: programs u8 (0..8) | sections u8 (0..2) |
    /// reserved u8 x 2 | FFP table length u32 | FFP table file | (program length u32 | level program file) x programs |
    /// (section length u32 | seek table "ESEK" or array corrections "EARR" file) x sections. Each embedded file keeps
    /// its own header and CRCs. At most one program per (direction, level count), at most one section of each kind.
    /// A set written before sections existed has 0 in that byte and parses unchanged.
    /// </summary>
    public static class TableSetCodec
    {
        /// <summary>Serialises a set (all embedded files get the set's generation).</summary>
        public static byte[] Serialize(TableSet set)
        {
            byte[] ffp = FfpTableCodec.Serialize(set.Ffp, set.Generation);
            int count = set.Programs.Count;
            var programs = new byte[count][];
            int length = 4 + 4 + ffp.Length;
            for (int i = 0; i < count; i++)
            {
                programs[i] = LevelProgramCodec.Serialize((LevelProgram)set.Programs[i], set.Generation);
                length += 4 + programs[i].Length;
            }

            byte[] seek = set.Seek == null ? null : SeekTableCodec.Serialize(set.Seek, set.Generation);
            byte[] array = set.Array == null ? null : ArrayCorrectionsCodec.Serialize(set.Array, set.Generation);
            int sections = 0;
            if (seek != null)
            {
                length += 4 + seek.Length;
                sections++;
            }

            if (array != null)
            {
                length += 4 + array.Length;
                sections++;
            }

            var payload = new byte[length];
            var w = new PayloadWriter(payload);
            w.U8(count);
            w.U8(sections);
            w.U16(0);
            w.U32((uint)ffp.Length);
            w.Bytes(ffp, 0, ffp.Length);
            for (int i = 0; i < count; i++)
            {
                w.U32((uint)programs[i].Length);
                w.Bytes(programs[i], 0, programs[i].Length);
            }

            WriteSection(w, seek);
            WriteSection(w, array);
            return TableHeader.Wrap(TableHeader.TableSetMagic, set.Generation, payload, w.Length);
        }

        /// <summary>Parses and validates a set image; on failure names the field (prefixed by the embedded file).</summary>
        public static StatusCode TryParse(byte[] data, int offset, int length, out TableSet set, out string field)
        {
            set = null;
            TableHeader header;
            StatusCode status = TableHeader.TryRead(data, offset, length, TableHeader.TableSetMagic, out header, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            var r = new PayloadReader(data, offset + TableHeader.Length, (int)header.PayloadLength);
            int count = r.U8();
            int sections = r.U8();
            r.Skip(2);
            field = "programs";
            if (count > FormatLimits.MaxPrograms)
            {
                return StatusCode.TableBadLength;
            }

            field = "sections";
            if (sections > 2)
            {
                return StatusCode.TableBadLength;
            }

            var parsed = new TableSet();
            parsed.Generation = header.Generation;
            int embeddedLength = (int)r.U32();
            field = "ffp_length";
            if (r.Failed || embeddedLength < 0 || embeddedLength > r.Remaining)
            {
                return StatusCode.TableBadLength;
            }

            TableHeader inner;
            status = FfpTableCodec.TryParse(r.Buffer, r.Position, embeddedLength, out parsed.Ffp, out inner, out field);
            if (status != StatusCode.Ok)
            {
                field = "ffp." + field;
                return status;
            }

            // The embedded file must fill its declared length exactly, or two byte images would mean one set.
            field = "ffp_length";
            if (embeddedLength != TableHeader.Length + (int)inner.PayloadLength)
            {
                return StatusCode.TableBadLength;
            }

            r.Skip(embeddedLength);
            for (int i = 0; i < count; i++)
            {
                status = ReadProgram(r, parsed, i, out field);
                if (status != StatusCode.Ok)
                {
                    return status;
                }
            }

            for (int i = 0; i < sections; i++)
            {
                status = TableSetSections.Read(r, parsed, i, out field);
                if (status != StatusCode.Ok)
                {
                    return status;
                }
            }

            field = "payload_length";
            if (!r.CompletedExactly)
            {
                return StatusCode.TableBadLength;
            }

            field = null;
            set = parsed;
            return StatusCode.Ok;
        }

        private static void WriteSection(PayloadWriter w, byte[] file)
        {
            if (file != null)
            {
                w.U32((uint)file.Length);
                w.Bytes(file, 0, file.Length);
            }
        }

        private static StatusCode ReadProgram(PayloadReader r, TableSet set, int index, out string field)
        {
            string name = "program[" + index.ToString() + "]";
            int embeddedLength = (int)r.U32();
            field = name + ".length";
            if (r.Failed || embeddedLength < 0 || embeddedLength > r.Remaining)
            {
                return StatusCode.TableBadLength;
            }

            LevelProgram program;
            TableHeader inner;
            StatusCode status = LevelProgramCodec.TryParse(r.Buffer, r.Position, embeddedLength, out program, out inner, out field);
            if (status != StatusCode.Ok)
            {
                field = name + "." + field;
                return status;
            }

            field = name + ".length";
            if (embeddedLength != TableHeader.Length + (int)inner.PayloadLength)
            {
                return StatusCode.TableBadLength;
            }

            field = name + ".levels";
            if (set.FindProgram(program.Direction, program.LevelCount) != null)
            {
                return StatusCode.TableBadLength;
            }

            r.Skip(embeddedLength);
            set.Programs.Add(program);
            field = null;
            return StatusCode.Ok;
        }
    }
}
