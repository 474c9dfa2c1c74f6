// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>Output level codes used by both PV[1:0] (power-up) and CV[1:0] (after CLEAR).</summary>
    public enum Level : byte
    {
        /// <summary>Code 0: the negative end of a bipolar range.</summary>
        ZeroScale = 0,

        /// <summary>Code 0x8000: 0 V on a bipolar range with straight binary coding (the SAFE level).</summary>
        MidScale = 1,

        /// <summary>Code 0xFFFF.</summary>
        FullScale = 2,
    }
}
