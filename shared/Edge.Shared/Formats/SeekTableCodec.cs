// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// Seek table file = <see cref="TableHeader"/> (magic "ESEK") + payload: device id u32 | calibration id u32 |
    /// reference LRS mOhm u32 | reference HRS mOhm u32 | aim per mille u16 (1..1000) | band per mille u16 (1..500) |
    /// max pulses u16 (1..65535) | reserved u16 | two sections, potentiation then depression, each: direction u8 |
    /// reserved u8 | voltages M u16 (1..512) | width us u32 | (write mV u16, strictly increasing | bound ppm i32 |
    /// rate q x 10^6 u32) x M.
    /// </summary>
    public static class SeekTableCodec
    {
        /// <summary>Serialises a table with the given generation into a complete file image.</summary>
        public static byte[] Serialize(SeekTable table, uint generation)
        {
            var payload = new byte[24 + SectionLength(table.Potentiation) + SectionLength(table.Depression)];
            var w = new PayloadWriter(payload);
            w.U32(table.DeviceId);
            w.U32(table.CalibrationId);
            w.U32(table.ReferenceLowMilliohms);
            w.U32(table.ReferenceHighMilliohms);
            w.U16(table.AimPermille);
            w.U16(table.BandPermille);
            w.U16(table.MaxPulses);
            w.U16(0);
            WriteSection(w, table.Potentiation);
            WriteSection(w, table.Depression);
            return TableHeader.Wrap(TableHeader.SeekTableMagic, generation, payload, w.Length);
        }

        /// <summary>Parses and validates a file image; on failure names the field (e.g. "depression.bound_ppm[3]").</summary>
        public static StatusCode TryParse(byte[] data, int offset, int length, out SeekTable table, out TableHeader header, out string field)
        {
            table = null;
            StatusCode status = TableHeader.TryRead(data, offset, length, TableHeader.SeekTableMagic, out header, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            var r = new PayloadReader(data, offset + TableHeader.Length, (int)header.PayloadLength);
            var parsed = new SeekTable();
            parsed.DeviceId = r.U32();
            parsed.CalibrationId = r.U32();
            parsed.ReferenceLowMilliohms = r.U32();
            parsed.ReferenceHighMilliohms = r.U32();
            parsed.AimPermille = r.U16();
            parsed.BandPermille = r.U16();
            parsed.MaxPulses = r.U16();
            r.Skip(2);
            field = "payload_length";
            if (r.Failed)
            {
                return StatusCode.TableBadLength;
            }

            field = "reference_mohm";
            if (FieldChecks.Resistance(parsed.ReferenceLowMilliohms) != StatusCode.Ok || FieldChecks.Resistance(parsed.ReferenceHighMilliohms) != StatusCode.Ok
                || parsed.ReferenceHighMilliohms <= parsed.ReferenceLowMilliohms)
            {
                return StatusCode.TableValueOutOfRange;
            }

            field = parsed.AimPermille < 1 || parsed.AimPermille > 1000 ? "aim_permille"
                : parsed.BandPermille < 1 || parsed.BandPermille > 500 ? "band_permille"
                : parsed.MaxPulses < 1 ? "max_pulses" : null;
            if (field != null)
            {
                return StatusCode.TableValueOutOfRange;
            }

            status = ReadSection(r, Direction.Potentiation, "potentiation", out parsed.Potentiation, out field);
            if (status == StatusCode.Ok)
            {
                status = ReadSection(r, Direction.Depression, "depression", out parsed.Depression, out field);
            }

            if (status != StatusCode.Ok)
            {
                return status;
            }

            field = "payload_length";
            if (!r.CompletedExactly)
            {
                return StatusCode.TableBadLength;
            }

            field = null;
            table = parsed;
            return StatusCode.Ok;
        }

        private static int SectionLength(SeekDirectionTable s)
        {
            return 8 + (10 * s.Count);
        }

        private static void WriteSection(PayloadWriter w, SeekDirectionTable s)
        {
            w.U8((byte)s.Direction);
            w.U8(0);
            w.U16(s.Count);
            w.U32(s.PulseWidthMicroseconds);
            for (int i = 0; i < s.Count; i++)
            {
                w.U16(s.WriteMillivolts[i]);
                w.U32((uint)s.BoundPpm[i]);
                w.U32(s.RateMicro[i]);
            }
        }

        private static StatusCode ReadSection(PayloadReader r, Direction expected, string name, out SeekDirectionTable section, out string field)
        {
            section = null;
            field = name;
            int direction = r.U8();
            r.Skip(1);
            int count = r.U16();
            uint width = r.U32();
            if (r.Failed)
            {
                return StatusCode.TableBadLength;
            }

            field = name + ".direction";
            if (direction != (int)expected)
            {
                return StatusCode.TableBadDirection;
            }

            field = name + ".voltages";
            if (count < 1 || count > FormatLimits.MaxSeekVoltages || r.Remaining < 10 * count)
            {
                return StatusCode.TableBadLength;
            }

            field = name + ".width_us";
            if (FieldChecks.Width(width) != StatusCode.Ok)
            {
                return StatusCode.TableValueOutOfRange;
            }

            var s = new SeekDirectionTable();
            s.Direction = expected;
            s.PulseWidthMicroseconds = width;
            s.WriteMillivolts = new ushort[count];
            s.BoundPpm = new int[count];
            s.RateMicro = new uint[count];
            for (int i = 0; i < count; i++)
            {
                string index = "[" + i.ToString() + "]";
                int millivolts = r.U16();
                int bound = (int)r.U32();
                uint rate = r.U32();
                field = name + ".write_mv" + index;
                if (FieldChecks.Millivolts(millivolts) != StatusCode.Ok)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                if (i > 0 && millivolts <= s.WriteMillivolts[i - 1])
                {
                    return StatusCode.TableNotMonotone;
                }

                field = name + ".bound_ppm" + index;
                if (bound < -FormatLimits.MaxBoundPpm || bound > FormatLimits.MaxBoundPpm)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                field = name + ".rate_micro" + index;
                if (rate < 1 || rate > FormatLimits.MaxRateMicro)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                s.WriteMillivolts[i] = (ushort)millivolts;
                s.BoundPpm[i] = bound;
                s.RateMicro[i] = rate;
            }

            field = null;
            section = s;
            return StatusCode.Ok;
        }
    }
}
