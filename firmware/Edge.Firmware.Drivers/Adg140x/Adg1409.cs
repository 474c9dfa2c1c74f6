// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Adg140x
{
    /// <summary>
    /// ADG1409 dual 4:1 multiplexer: EN low opens every switch; with EN high, A1..A0 = n connects DA to S(n+1)A and
    /// DB to S(n+1)B (ADG1408/ADG1409 data sheet, ADG1409 truth table). On the reference board it routes the terminal
    /// buses (drive, ground, sense) for the read and write paths; A1 may be tied low in hardware (pass null).
    /// </summary>
    public sealed class Adg1409
    {
        private readonly IGpioPin a0;
        private readonly IGpioPin a1;
        private readonly IGpioPin enable;

        /// <summary>Creates the driver. <paramref name="a1"/> may be null when A1 is tied low (channels 0 and 1 only).</summary>
        public Adg1409(IGpioPin a0, IGpioPin a1, IGpioPin enable)
        {
            if (a0 == null || enable == null)
            {
                throw new ArgumentNullException("a0 and enable are required");
            }

            this.a0 = a0;
            this.a1 = a1;
            this.enable = enable;
        }

        /// <summary>Addressable channels: 4, or 2 when A1 is tied low.</summary>
        public int ChannelCount
        {
            get { return a1 == null ? 2 : 4; }
        }

        /// <summary>EN low: every switch open.</summary>
        public void Disable()
        {
            enable.Write(false);
        }

        /// <summary>Drives the address lines only; call while disabled.</summary>
        public void SetAddress(int channel)
        {
            if (channel < 0 || channel >= ChannelCount)
            {
                throw new ArgumentOutOfRangeException("channel");
            }

            a0.Write((channel & 1) != 0);
            if (a1 != null)
            {
                a1.Write((channel & 2) != 0);
            }
        }

        /// <summary>EN high: closes the addressed pair of switches.</summary>
        public void Enable()
        {
            enable.Write(true);
        }
    }
}
