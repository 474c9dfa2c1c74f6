// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>MUXP/MUXN codes of INPMUX (data sheet SBAS661C, INPMUX register description).</summary>
    public enum AnalogInput : byte
    {
        /// <summary>AIN0 (reference board: transimpedance amplifier output).</summary>
        Ain0 = 0,

        /// <summary>AIN1 (reference board: the amplifier's reference ground, sensed separately).</summary>
        Ain1 = 1,

        /// <summary>AIN2.</summary>
        Ain2 = 2,

        /// <summary>AIN3.</summary>
        Ain3 = 3,

        /// <summary>AIN4.</summary>
        Ain4 = 4,

        /// <summary>AIN5.</summary>
        Ain5 = 5,

        /// <summary>AIN6.</summary>
        Ain6 = 6,

        /// <summary>AIN7.</summary>
        Ain7 = 7,

        /// <summary>AIN8.</summary>
        Ain8 = 8,

        /// <summary>AIN9.</summary>
        Ain9 = 9,

        /// <summary>AINCOM.</summary>
        AinCom = 10,
    }
}
