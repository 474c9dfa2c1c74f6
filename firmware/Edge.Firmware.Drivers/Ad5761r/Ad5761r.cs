// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>
    /// AD5761R: 16-bit bipolar voltage-output DAC with 24-bit SPI frames (MSB first, SYNC as chip
    /// select). Every command is one frame: [command, data high byte, data low byte].
    /// </summary>
    public sealed class Ad5761r
    {
        /// <summary>Resolution in bits.</summary>
        public const int Bits = 16;

        /// <summary>Largest code.</summary>
        public const int MaxCode = 0xFFFF;

        private readonly ISpiDevice spi;
        private readonly byte[] frame = new byte[3];
        private readonly byte[] reply = new byte[3];

        /// <summary>Creates the driver on an SPI device the application configured (SYNC is its chip select).</summary>
        public Ad5761r(ISpiDevice spi)
        {
            if (spi == null)
            {
                throw new ArgumentNullException("spi");
            }

            this.spi = spi;
        }

        /// <summary>Software full reset: every register back to its power-on value (output at the PV level).</summary>
        public void Reset()
        {
            Send(Command.SoftwareFullReset, 0);
        }

        /// <summary>
        /// Writes the control register: <paramref name="range"/>, straight binary coding, no over-range, thermal
        /// shutdown on, and both the power-up and CLEAR levels at <paramref name="safeLevel"/>.
        /// </summary>
        public void Configure(OutputRange range, bool internalReference, Level safeLevel)
        {
            int control = ((int)safeLevel << ControlBits.ClearVoltageShift)
                | ControlBits.ThermalShutdown
                | ((int)safeLevel << ControlBits.PowerUpVoltageShift)
                | (int)range;
            if (internalReference)
            {
                control |= ControlBits.InternalReference;
            }

            Send(Command.WriteControlRegister, control);
        }

        /// <summary>Loads <paramref name="code"/> into the input and DAC registers: the output changes at the end of the frame.</summary>
        public void WriteCode(int code)
        {
            if (code < 0 || code > MaxCode)
            {
                throw new ArgumentOutOfRangeException("code");
            }

            Send(Command.WriteAndUpdateDacRegister, code);
        }

        /// <summary>Reads the DAC register back (the read-back frame, then a NOP frame that clocks the data out on SDO).</summary>
        public int ReadBackCode()
        {
            return ReadBack(Command.ReadBackDacRegister);
        }

        /// <summary>Reads the control register back; bit 12 = short circuit seen, bit 11 = brown-out seen.</summary>
        public int ReadBackControl()
        {
            return ReadBack(Command.ReadBackControlRegister);
        }

        private int ReadBack(Command command)
        {
            Send(command, 0);
            frame[0] = (byte)Command.Nop;
            frame[1] = 0;
            frame[2] = 0;
            spi.TransferFullDuplex(frame, reply, 3);
            return (reply[1] << 8) | reply[2];
        }

        private void Send(Command command, int data)
        {
            frame[0] = (byte)command;
            frame[1] = (byte)(data >> 8);
            frame[2] = (byte)data;
            spi.Write(frame, 0, 3);
        }
    }
}
