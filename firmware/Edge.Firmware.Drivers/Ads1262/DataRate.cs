// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>DR[3:0] of MODE2 (data sheet SBAS661C, Table 9-3).</summary>
    public enum DataRate : byte
    {
        /// <summary>2.5 SPS.</summary>
        Sps2_5 = 0x0,

        /// <summary>5 SPS.</summary>
        Sps5 = 0x1,

        /// <summary>10 SPS.</summary>
        Sps10 = 0x2,

        /// <summary>16.6 SPS.</summary>
        Sps16_6 = 0x3,

        /// <summary>20 SPS.</summary>
        Sps20 = 0x4,

        /// <summary>50 SPS.</summary>
        Sps50 = 0x5,

        /// <summary>60 SPS.</summary>
        Sps60 = 0x6,

        /// <summary>100 SPS.</summary>
        Sps100 = 0x7,

        /// <summary>400 SPS.</summary>
        Sps400 = 0x8,

        /// <summary>1200 SPS: the reference board's read rate (11 conversions average in ~9 ms).</summary>
        Sps1200 = 0x9,

        /// <summary>2400 SPS.</summary>
        Sps2400 = 0xA,

        /// <summary>4800 SPS.</summary>
        Sps4800 = 0xB,

        /// <summary>7200 SPS.</summary>
        Sps7200 = 0xC,

        /// <summary>14400 SPS.</summary>
        Sps14400 = 0xD,

        /// <summary>19200 SPS.</summary>
        Sps19200 = 0xE,

        /// <summary>38400 SPS.</summary>
        Sps38400 = 0xF,
    }
}
