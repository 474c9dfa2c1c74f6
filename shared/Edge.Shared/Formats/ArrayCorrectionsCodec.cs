// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// Array corrections file = <see cref="TableHeader"/> (magic "EARR") + payload: device id u32 | calibration id u32 |
    /// cells N u32 (1..4096) | (LRS mOhm u32 | HRS mOhm u32, above LRS | potentiation rate u16 | depression rate u16,
    /// both 1..65535 in 1/4096 of the reference cell's) x N.
    /// </summary>
    public static class ArrayCorrectionsCodec
    {
        /// <summary>Serialises the corrections with the given generation into a complete file image.</summary>
        public static byte[] Serialize(ArrayCorrections array, uint generation)
        {
            int count = array.CellCount;
            var payload = new byte[12 + (12 * count)];
            var w = new PayloadWriter(payload);
            w.U32(array.DeviceId);
            w.U32(array.CalibrationId);
            w.U32((uint)count);
            for (int i = 0; i < count; i++)
            {
                w.U32(array.LowMilliohms[i]);
                w.U32(array.HighMilliohms[i]);
                w.U16(array.PotentiationRate[i]);
                w.U16(array.DepressionRate[i]);
            }

            return TableHeader.Wrap(TableHeader.ArrayCorrectionsMagic, generation, payload, w.Length);
        }

        /// <summary>Parses and validates a file image; on failure names the field (e.g. "high_mohm[7]").</summary>
        public static StatusCode TryParse(byte[] data, int offset, int length, out ArrayCorrections array, out TableHeader header, out string field)
        {
            array = null;
            StatusCode status = TableHeader.TryRead(data, offset, length, TableHeader.ArrayCorrectionsMagic, out header, out field);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            var r = new PayloadReader(data, offset + TableHeader.Length, (int)header.PayloadLength);
            var parsed = new ArrayCorrections();
            parsed.DeviceId = r.U32();
            parsed.CalibrationId = r.U32();
            uint count = r.U32();
            field = "cells";
            if (r.Failed || count < 1 || count > FormatLimits.MaxArrayCells || r.Remaining != 12 * (int)count)
            {
                return StatusCode.TableBadLength;
            }

            parsed.LowMilliohms = new uint[count];
            parsed.HighMilliohms = new uint[count];
            parsed.PotentiationRate = new ushort[count];
            parsed.DepressionRate = new ushort[count];
            for (int i = 0; i < (int)count; i++)
            {
                string index = "[" + i.ToString() + "]";
                uint low = r.U32();
                uint high = r.U32();
                int potentiation = r.U16();
                int depression = r.U16();
                field = "low_mohm" + index;
                if (FieldChecks.Resistance(low) != StatusCode.Ok)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                field = "high_mohm" + index;
                if (FieldChecks.Resistance(high) != StatusCode.Ok || high <= low)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                field = potentiation < 1 ? "potentiation_rate" + index : depression < 1 ? "depression_rate" + index : null;
                if (field != null)
                {
                    return StatusCode.TableValueOutOfRange;
                }

                parsed.LowMilliohms[i] = low;
                parsed.HighMilliohms[i] = high;
                parsed.PotentiationRate[i] = (ushort)potentiation;
                parsed.DepressionRate[i] = (ushort)depression;
            }

            field = null;
            array = parsed;
            return StatusCode.Ok;
        }
    }
}
