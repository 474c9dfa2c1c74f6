// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// READ request: read mV i16 (0 = the board's default 100 mV) | count u8 (1..<see cref="MaxCells"/>) | cell u16 x count.
    /// Reply: count u8 | (flags u8 | resistance mOhm u32) x count; flags bit 0 = ADC saturated / compliance (value invalid).
    /// </summary>
    public static class ReadRequest
    {
        /// <summary>Most cells per READ: the reply (1 + 5 x 48 = 241 bytes) must fit the payload cap.</summary>
        public const int MaxCells = 48;

        /// <summary>Reply flag: the reading saturated and is not a resistance.</summary>
        public const byte FlagSaturated = 0x01;

        /// <summary>Appends a request for <paramref name="count"/> cells from <paramref name="cells"/>.</summary>
        public static void Write(PayloadWriter w, int readMillivolts, int[] cells, int offset, int count)
        {
            w.I16(readMillivolts);
            w.U8(count);
            for (int i = 0; i < count; i++)
            {
                w.U16(cells[offset + i]);
            }
        }
    }
}
