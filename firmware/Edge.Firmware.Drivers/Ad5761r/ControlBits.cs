// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>Bit positions of the 11-bit control register (data sheet Rev. C, control register tables 11/15/16).</summary>
    internal static class ControlBits
    {
        /// <summary>CV[1:0], DB10..DB9: output level after CLEAR.</summary>
        internal const int ClearVoltageShift = 9;

        /// <summary>OVR, DB8: 5 % over-range. Kept off: the range already covers |V| &lt;= 7.5 V after the stage.</summary>
        internal const int OverRange = 1 << 8;

        /// <summary>B2C, DB7: twos-complement coding of bipolar ranges. Kept off: straight binary, midscale = 0 V.</summary>
        internal const int TwosComplement = 1 << 7;

        /// <summary>ETS, DB6: thermal shutdown of the output on die over-temperature (a short on the output stage).</summary>
        internal const int ThermalShutdown = 1 << 6;

        /// <summary>IRO, DB5: internal 2.5 V reference on (set by the Linux ad5761 driver when it uses the internal reference).</summary>
        internal const int InternalReference = 1 << 5;

        /// <summary>PV[1:0], DB4..DB3: output level at power-up.</summary>
        internal const int PowerUpVoltageShift = 3;

        /// <summary>Status bits in a read-back control word: SC (DB12) short circuit, BO (DB11) brown-out.</summary>
        internal const int ShortCircuit = 1 << 12;

        internal const int BrownOut = 1 << 11;
    }
}
