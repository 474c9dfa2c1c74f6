// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>
    /// The transfer function VOUT = VREF x (M x D / 2^16 - C) of each output range (data sheet Rev. C, "Transfer
    /// function" section; the same M and C appear in the Linux ad5761 driver's range table).
    /// </summary>
    public static class RangeScale
    {
        // M and C times ten, indexed by OutputRange (RA[2:0]).
        private static readonly int[] MTimesTen = new int[] { 80, 40, 40, 20, 40, 24, 64, 80 };
        private static readonly int[] CTimesTen = new int[] { 40, 0, 20, 0, 10, 12, 0, 0 };

        /// <summary>Output at code 0 in volts, before any external stage.</summary>
        public static double MinVolts(OutputRange range, double referenceVolts)
        {
            return -referenceVolts * CTimesTen[(int)range] / 10.0;
        }

        /// <summary>Output at code <paramref name="code"/> in volts, before any external stage.</summary>
        public static double CodeToVolts(OutputRange range, double referenceVolts, int code)
        {
            double m = MTimesTen[(int)range] / 10.0;
            return (referenceVolts * m * code / 65536.0) + MinVolts(range, referenceVolts);
        }

        /// <summary>The code whose output is nearest to 0 V (0x8000 for the symmetric bipolar ranges, 0 for unipolar ones).</summary>
        public static int ZeroCode(OutputRange range)
        {
            // D = C / M x 2^16, exact for every range in the table.
            return CTimesTen[(int)range] * 65536 / MTimesTen[(int)range];
        }
    }
}
