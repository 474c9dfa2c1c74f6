// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>RA[2:0] output ranges with a 2.5 V reference (data sheet Rev. C, control register bit descriptions).</summary>
    public enum OutputRange : byte
    {
        /// <summary>-10 V to +10 V.</summary>
        PlusMinus10V = 0,

        /// <summary>0 V to +10 V.</summary>
        Zero10V = 1,

        /// <summary>-5 V to +5 V.</summary>
        PlusMinus5V = 2,

        /// <summary>0 V to +5 V.</summary>
        Zero5V = 3,

        /// <summary>-2.5 V to +7.5 V.</summary>
        Minus2V5Plus7V5 = 4,

        /// <summary>-3 V to +3 V: the reference board's range, amplified x2.5 to +-7.5 V by the output stage.</summary>
        PlusMinus3V = 5,

        /// <summary>0 V to +16 V.</summary>
        Zero16V = 6,

        /// <summary>0 V to +20 V.</summary>
        Zero20V = 7,
    }
}
