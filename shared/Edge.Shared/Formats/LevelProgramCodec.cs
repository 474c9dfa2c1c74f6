// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// Level program file = <see cref="TableHeader"/> (magic "ELVL") + payload: device id u32 | calibration id u32 |
    /// direction u8 | reserved u8 | levels u16 (2..1024) | width us u32 | targets mOhm u32 x levels (strictly falling for
    /// potentiation, rising for depression) | group pulse counts u16 x (levels - 1) | write mV u16 x sum(counts)
    /// (1..7000; at most 8192 pulses).
    /// </summary>
    public static class LevelProgramCodec
    {
        /// <summary>Serialises a program with the given generation into a complete file image.</summary>
        public static byte[] Serialize(LevelProgram program, uint generation)
        {
            int n = program.LevelCount;
            var payload = new byte[16 + (4 * n) + (2 * (n - 1)) + (2 * program.Millivolts.Length)];
            var w = new PayloadWriter(payload);
            w.U32(program.DeviceId);
            w.U32(program.CalibrationId);
            w.U8((byte)program.Direction);
            w.U8(0);
            w.U16(n);
            w.U32(program.PulseWidthMicroseconds);
            for (int i = 0; i < n; i++)
            {
                w.U32(program.TargetsMilliohms[i]);
            }

            for (int i = 0; i < n - 1; i++)
            {
                w.U16(program.GroupPulseCounts[i]);
            }

            for (int i = 0; i < program.Millivolts.Length; i++)
            {
                w.U16(program.Millivolts[i]);
            }

            return TableHeader.Wrap(TableHeader.LevelProgramMagic, generation, payload, w.Length);
        }

        /// <summary>Parses and validates a file image; on failure names the field.</summary>
        public static StatusCode TryParse(byte[] data, int offset, int length, out LevelProgram program, out TableHeader header, out string field)
        {
            program = null;
            StatusCode status = TableHeader.TryRead(data, offset, length, TableHeader.LevelProgramMagic, out header, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            var r = new PayloadReader(data, offset + TableHeader.Length, (int)header.PayloadLength);
            var p = new LevelProgram();
            p.DeviceId = r.U32();
            p.CalibrationId = r.U32();
            int direction = r.U8();
            r.U8();
            int n = r.U16();
            p.PulseWidthMicroseconds = r.U32();
            field = "payload_length";
            if (r.Failed)
            {
                return StatusCode.TableBadLength;
            }

            field = "direction";
            if (FieldChecks.DirectionValue(direction) != StatusCode.Ok)
            {
                return StatusCode.TableBadDirection;
            }

            p.Direction = (Direction)direction;
            field = "levels";
            if (n < 2 || n > FormatLimits.MaxLevels || r.Remaining < (6 * n) - 2)
            {
                return StatusCode.TableBadLength;
            }

            field = "width_us";
            if (FieldChecks.Width(p.PulseWidthMicroseconds) != StatusCode.Ok)
            {
                return StatusCode.TableValueOutOfRange;
            }

            status = ReadTargets(r, p, n, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            status = ReadGroups(r, p, n, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            field = null;
            program = p;
            return StatusCode.Ok;
        }

        private static StatusCode ReadTargets(PayloadReader r, LevelProgram p, int n, out string field)
        {
            p.TargetsMilliohms = new uint[n];
            for (int i = 0; i < n; i++)
            {
                uint target = r.U32();
                field = "targets_mohm[" + i.ToString() + "]";
                if (FieldChecks.Resistance(target) != StatusCode.Ok)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                if (i > 0)
                {
                    uint previous = p.TargetsMilliohms[i - 1];
                    bool monotone = p.Direction == Direction.Potentiation ? target < previous : target > previous;
                    if (!monotone)
                    {
                        return StatusCode.TableNotMonotone;
                    }
                }

                p.TargetsMilliohms[i] = target;
            }

            field = null;
            return StatusCode.Ok;
        }

        private static StatusCode ReadGroups(PayloadReader r, LevelProgram p, int n, out string field)
        {
            p.GroupPulseCounts = new ushort[n - 1];
            int total = 0;
            for (int i = 0; i < n - 1; i++)
            {
                int count = r.U16();
                p.GroupPulseCounts[i] = (ushort)count;
                total += count;
            }

            field = "group_pulse_counts";
            if (total > FormatLimits.MaxProgramPulses || r.Remaining != 2 * total)
            {
                return StatusCode.TableBadLength;
            }

            p.Millivolts = new ushort[total];
            for (int i = 0; i < total; i++)
            {
                int mv = r.U16();
                if (FieldChecks.Millivolts(mv) != StatusCode.Ok)
                {
                    field = "write_mv[" + i.ToString() + "]";
                    return StatusCode.TableValueOutOfRange;
                }

                p.Millivolts[i] = (ushort)mv;
            }

            field = null;
            return StatusCode.Ok;
        }
    }
}
