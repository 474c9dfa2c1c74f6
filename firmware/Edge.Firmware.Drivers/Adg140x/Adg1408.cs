// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Adg140x
{
    /// <summary>
    /// ADG1408 8:1 multiplexer (+-15 V iCMOS): EN low opens every switch; with EN high, A2..A0 = n connects D to
    /// S(n+1) (ADG1408/ADG1409 data sheet, ADG1408 truth table). Several chips may share the same pins (one per
    /// terminal line of a cell bank).
    /// </summary>
    public sealed class Adg1408
    {
        /// <summary>Number of source channels.</summary>
        public const int ChannelCount = 8;

        private readonly IGpioPin a0;
        private readonly IGpioPin a1;
        private readonly IGpioPin a2;
        private readonly IGpioPin enable;

        /// <summary>Creates the driver on output pins the application configured (EN should have a pull-down).</summary>
        public Adg1408(IGpioPin a0, IGpioPin a1, IGpioPin a2, IGpioPin enable)
        {
            if (a0 == null || a1 == null || a2 == null || enable == null)
            {
                throw new ArgumentNullException("a0, a1, a2 and enable are required");
            }

            this.a0 = a0;
            this.a1 = a1;
            this.a2 = a2;
            this.enable = enable;
        }

        /// <summary>EN low: every switch open.</summary>
        public void Disable()
        {
            enable.Write(false);
        }

        /// <summary>Drives the address lines only; call while disabled so no intermediate channel is ever closed.</summary>
        public void SetAddress(int channel)
        {
            if (channel < 0 || channel >= ChannelCount)
            {
                throw new ArgumentOutOfRangeException("channel");
            }

            a0.Write((channel & 1) != 0);
            a1.Write((channel & 2) != 0);
            a2.Write((channel & 4) != 0);
        }

        /// <summary>EN high: closes the addressed switch.</summary>
        public void Enable()
        {
            enable.Write(true);
        }
    }
}
