// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>
    /// ADS1262: 32-bit delta-sigma ADC (ADC1 only), SPI mode 1, MSB first. Configured for the reference board:
    /// PGA bypassed, internal 2.5 V reference, status byte and checksum on every conversion, continuous conversions
    /// read by command after DRDY falls.
    /// </summary>
    public sealed class Ads1262
    {
        /// <summary>Internal reference voltage, V (full scale is +-VREF with the PGA bypassed).</summary>
        public const double InternalReferenceVolts = 2.5;

        // RDATA1 response: echo, STATUS, four data bytes MSB first, checksum.
        private const int ConversionFrameBytes = 7;

        // Checksum mode: sum of the four data bytes plus 9Bh, truncated to 8 bits (data sheet SBAS661C, checksum mode).
        private const int ChecksumSeed = 0x9B;

        private readonly ISpiDevice spi;
        private readonly IGpioPin dataReady;
        private readonly int dataReadyPollLimit;
        private readonly byte[] command = new byte[1];
        private readonly byte[] conversionWrite = new byte[ConversionFrameBytes];
        private readonly byte[] conversionRead = new byte[ConversionFrameBytes];

        /// <summary>
        /// Creates the driver. <paramref name="dataReady"/> is the DRDY input (active low);
        /// <paramref name="dataReadyPollLimit"/> bounds how many times it is polled before a read gives up.
        /// </summary>
        public Ads1262(ISpiDevice spi, IGpioPin dataReady, int dataReadyPollLimit)
        {
            if (spi == null || dataReady == null)
            {
                throw new ArgumentNullException(spi == null ? "spi" : "dataReady");
            }

            if (dataReadyPollLimit < 1)
            {
                throw new ArgumentOutOfRangeException("dataReadyPollLimit");
            }

            this.spi = spi;
            this.dataReady = dataReady;
            this.dataReadyPollLimit = dataReadyPollLimit;
            conversionWrite[0] = (byte)Command.ReadData1;
        }

        /// <summary>Converts a conversion code to volts at the input (+-VREF full scale, PGA bypassed).</summary>
        public static double CodeToVolts(int code, double referenceVolts)
        {
            return code * referenceVolts / 2147483648.0;
        }

        /// <summary>RESET command: registers to their defaults, conversions restart.</summary>
        public void Reset()
        {
            SendCommand(Command.Reset);
        }

        /// <summary>
        /// Writes POWER..INPMUX in one WREG block and then REFMUX: internal reference on, status byte and checksum
        /// on, continuous conversions without chop or start delay, <paramref name="filter"/>, PGA bypassed,
        /// <paramref name="rate"/>, input <paramref name="positive"/> - <paramref name="negative"/>.
        /// </summary>
        public void Configure(DataRate rate, DigitalFilter filter, AnalogInput positive, AnalogInput negative)
        {
            byte[] block = new byte[]
            {
                (byte)((int)Command.WriteRegister | (int)Register.Power),
                5, // six registers, 01h..06h, minus one
                RegisterValues.PowerInternalReference,
                RegisterValues.InterfaceStatusAndChecksum,
                RegisterValues.Mode0Continuous,
                RegisterValues.Mode1(filter),
                RegisterValues.Mode2Bypassed(rate),
                RegisterValues.InputMux(positive, negative),
            };
            spi.Write(block, 0, block.Length);

            byte[] reference = new byte[]
            {
                (byte)((int)Command.WriteRegister | (int)Register.ReferenceMux),
                0,
                RegisterValues.ReferenceMuxInternal,
            };
            spi.Write(reference, 0, reference.Length);
        }

        /// <summary>Reads one register with RREG (two opcode bytes, then one byte clocked out).</summary>
        public byte ReadRegister(byte address)
        {
            byte[] write = new byte[] { (byte)((int)Command.ReadRegister | (address & 0x1F)), 0, 0 };
            byte[] read = new byte[3];
            spi.TransferFullDuplex(write, read, 3);
            return read[2];
        }

        /// <summary>START1: begins continuous conversions; the first result is fully settled.</summary>
        public void StartConversions()
        {
            SendCommand(Command.Start1);
        }

        /// <summary>STOP1: stops conversions after the current one.</summary>
        public void StopConversions()
        {
            SendCommand(Command.Stop1);
        }

        /// <summary>
        /// Waits for DRDY low, then reads the conversion with RDATA1. False when DRDY never fell within the poll
        /// limit or the checksum does not match (a corrupted transfer is never used as a measurement).
        /// </summary>
        public bool TryReadConversion(out int code, out byte status)
        {
            code = 0;
            status = 0;
            if (!WaitForDataReady())
            {
                return false;
            }

            spi.TransferFullDuplex(conversionWrite, conversionRead, ConversionFrameBytes);
            status = conversionRead[1];
            int sum = ChecksumSeed + conversionRead[2] + conversionRead[3] + conversionRead[4] + conversionRead[5];
            if ((sum & 0xFF) != conversionRead[6])
            {
                return false;
            }

            code = (conversionRead[2] << 24) | (conversionRead[3] << 16) | (conversionRead[4] << 8) | conversionRead[5];
            return true;
        }

        private bool WaitForDataReady()
        {
            for (int poll = 0; poll < dataReadyPollLimit; poll++)
            {
                if (!dataReady.Read())
                {
                    return true;
                }
            }

            return false;
        }

        private void SendCommand(Command opcode)
        {
            command[0] = (byte)opcode;
            spi.Write(command, 0, 1);
        }
    }
}
