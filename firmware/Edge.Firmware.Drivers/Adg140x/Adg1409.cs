// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Adg140x
{
    /// <summary>
    /// ADG1409 dual 4:1 multiplexer: EN low opens every switch; with EN high, A1..A0 = n connects DA to S(n+1)A and
    /// DB to S(n+1)B (ADG1408/ADG1409 data sheet, ADG1409 truth table). On the reference board it routes the terminal
    /// buses (drive, ground, sense) for the read and write paths; A1 may be tied low in hardware (pass null).
    /// </summary>
    public sealed class Adg1409 : Adg140xMux
    {
        /// <summary>Creates the driver. <paramref name="a1"/> may be null when A1 is tied low (channels 0 and 1 only).</summary>
        public Adg1409(IGpioPin a0, IGpioPin a1, IGpioPin enable)
            : base(enable, new IGpioPin[] { a0, a1 })
        {
        }
    }
}
