// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>Register contents the driver writes (bit fields from data sheet SBAS661C, section 9.6 register descriptions).</summary>
    internal static class RegisterValues
    {
        /// <summary>POWER: RESET flag cleared (bit 4 = 0), VBIAS off, INTREF on (bit 0).</summary>
        internal const byte PowerInternalReference = 0x01;

        /// <summary>INTERFACE: TIMEOUT off, STATUS byte on (bit 2), CRC[1:0] = 01 checksum mode.</summary>
        internal const byte InterfaceStatusAndChecksum = 0x05;

        /// <summary>MODE0: REFREV 0, RUNMODE 0 (continuous), CHOP off, DELAY 0 (the firmware times the settling).</summary>
        internal const byte Mode0Continuous = 0x00;

        /// <summary>REFMUX: RMUXP = RMUXN = 000, the internal 2.5 V reference.</summary>
        internal const byte ReferenceMuxInternal = 0x00;

        /// <summary>MODE1: FILTER[2:0] in bits 7..5, sensor-bias current off.</summary>
        internal static byte Mode1(DigitalFilter filter)
        {
            return (byte)((int)filter << 5);
        }

        /// <summary>MODE2: BYPASS (bit 7) set so the input range is the full +-VREF, GAIN 000, DR[3:0].</summary>
        internal static byte Mode2Bypassed(DataRate rate)
        {
            return (byte)(0x80 | (int)rate);
        }

        /// <summary>INPMUX: MUXP[3:0] in bits 7..4, MUXN[3:0] in bits 3..0.</summary>
        internal static byte InputMux(AnalogInput positive, AnalogInput negative)
        {
            return (byte)(((int)positive << 4) | (int)negative);
        }
    }
}
