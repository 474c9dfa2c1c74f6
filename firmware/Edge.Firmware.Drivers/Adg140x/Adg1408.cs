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
    public sealed class Adg1408 : Adg140xMux
    {
        /// <summary>Number of source channels.</summary>
        public const int Channels = 8;

        /// <summary>Creates the driver on output pins the application configured (EN should have a pull-down).</summary>
        public Adg1408(IGpioPin a0, IGpioPin a1, IGpioPin a2, IGpioPin enable)
            : base(enable, Lines(a0, a1, a2))
        {
        }

        private static IGpioPin[] Lines(IGpioPin a0, IGpioPin a1, IGpioPin a2)
        {
            if (a0 == null || a1 == null || a2 == null)
            {
                throw new ArgumentNullException("a0, a1, a2 and enable are required");
            }

            return new IGpioPin[] { a0, a1, a2 };
        }
    }
}
