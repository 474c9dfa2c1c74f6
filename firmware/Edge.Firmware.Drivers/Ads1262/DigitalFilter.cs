// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>FILTER[2:0] of MODE1 (data sheet SBAS661C, MODE1 register description).</summary>
    public enum DigitalFilter : byte
    {
        /// <summary>sinc1: consecutive conversions are disjoint boxcars, so averaging N of them divides white noise by sqrt(N).</summary>
        Sinc1 = 0,

        /// <summary>sinc2.</summary>
        Sinc2 = 1,

        /// <summary>sinc3.</summary>
        Sinc3 = 2,

        /// <summary>sinc4.</summary>
        Sinc4 = 3,

        /// <summary>FIR (2.5 to 20 SPS only; rejects 50 and 60 Hz together). Power-on default.</summary>
        Fir = 4,
    }
}
