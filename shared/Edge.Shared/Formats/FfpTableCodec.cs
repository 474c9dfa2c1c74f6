// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// FFP table file = <see cref="TableHeader"/> (magic "EFFP") + payload: device id u32 | calibration id u32 | two
    /// sections, potentiation then depression, each: direction u8 | reserved u8 | cells u16 (1..2048) | width us u32 |
    /// stop mOhm u32 | edges mOhm u32 x (cells + 1), strictly increasing | write mV u16 x cells (1..7000).
    /// </summary>
    public static class FfpTableCodec
    {
        /// <summary>Serialises a table with the given generation into a complete file image.</summary>
        public static byte[] Serialize(FfpTable table, uint generation)
        {
            int length = 8 + SectionLength(table.Potentiation) + SectionLength(table.Depression);
            var payload = new byte[length];
            var w = new PayloadWriter(payload);
            w.U32(table.DeviceId);
            w.U32(table.CalibrationId);
            WriteSection(w, table.Potentiation);
            WriteSection(w, table.Depression);
            return TableHeader.Wrap(TableHeader.FfpTableMagic, generation, payload, w.Length);
        }

        /// <summary>
        /// Parses and validates a file image. On failure returns the status and the name of the failing field
        /// (e.g. "potentiation.edges_mohm[12]"); <paramref name="table"/> is then null.
        /// </summary>
        public static StatusCode TryParse(byte[] data, int offset, int length, out FfpTable table, out TableHeader header, out string field)
        {
            table = null;
            StatusCode status = TableHeader.TryRead(data, offset, length, TableHeader.FfpTableMagic, out header, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            var r = new PayloadReader(data, offset + TableHeader.Length, (int)header.PayloadLength);
            var parsed = new FfpTable();
            parsed.DeviceId = r.U32();
            parsed.CalibrationId = r.U32();
            FfpDirectionTable section;
            status = ReadSection(r, Direction.Potentiation, "potentiation", out section, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            parsed.Potentiation = section;
            status = ReadSection(r, Direction.Depression, "depression", out section, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            parsed.Depression = section;
            if (!r.CompletedExactly)
            {
                field = "payload_length";
                return StatusCode.TableBadLength;
            }

            field = null;
            table = parsed;
            return StatusCode.Ok;
        }

        private static int SectionLength(FfpDirectionTable s)
        {
            return 12 + (4 * (s.CellCount + 1)) + (2 * s.CellCount);
        }

        private static void WriteSection(PayloadWriter w, FfpDirectionTable s)
        {
            w.U8((byte)s.Direction);
            w.U8(0);
            w.U16(s.CellCount);
            w.U32(s.PulseWidthMicroseconds);
            w.U32(s.StopMilliohms);
            for (int i = 0; i <= s.CellCount; i++)
            {
                w.U32(s.EdgesMilliohms[i]);
            }

            for (int i = 0; i < s.CellCount; i++)
            {
                w.U16(s.WriteMillivolts[i]);
            }
        }

        private static StatusCode ReadSection(PayloadReader r, Direction expected, string name, out FfpDirectionTable s, out string field)
        {
            s = new FfpDirectionTable();
            field = name + ".direction";
            int direction = r.U8();
            r.U8();
            int cells = r.U16();
            s.PulseWidthMicroseconds = r.U32();
            s.StopMilliohms = r.U32();
            if (r.Failed)
            {
                field = name;
                return StatusCode.TableBadLength;
            }

            if (direction != (int)expected)
            {
                return StatusCode.TableBadDirection;
            }

            s.Direction = expected;
            field = name + ".cells";
            if (cells < 1 || cells > FormatLimits.MaxGridCells || r.Remaining < (6 * cells) + 4)
            {
                return StatusCode.TableBadLength;
            }

            field = name + ".width_us";
            if (FieldChecks.Width(s.PulseWidthMicroseconds) != StatusCode.Ok)
            {
                return StatusCode.TableValueOutOfRange;
            }

            field = name + ".stop_mohm";
            if (FieldChecks.Resistance(s.StopMilliohms) != StatusCode.Ok)
            {
                return StatusCode.TableValueOutOfRange;
            }

            s.EdgesMilliohms = new uint[cells + 1];
            for (int i = 0; i <= cells; i++)
            {
                uint edge = r.U32();
                field = name + ".edges_mohm[" + i.ToString() + "]";
                if (FieldChecks.Resistance(edge) != StatusCode.Ok)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                if (i > 0 && edge <= s.EdgesMilliohms[i - 1])
                {
                    return StatusCode.TableNotMonotone;
                }

                s.EdgesMilliohms[i] = edge;
            }

            s.WriteMillivolts = new ushort[cells];
            for (int i = 0; i < cells; i++)
            {
                int mv = r.U16();
                if (FieldChecks.Millivolts(mv) != StatusCode.Ok)
                {
                    field = name + ".write_mv[" + i.ToString() + "]";
                    return StatusCode.TableValueOutOfRange;
                }

                s.WriteMillivolts[i] = (ushort)mv;
            }

            field = null;
            return StatusCode.Ok;
        }
    }
}
