// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.ReferenceBoard
{
    /// <summary>
    /// The buses and pins of the reference board (hardware/pinmap.md), opened by an entry point: the ESP32 app from its
    /// GPIO numbers, the bench build from a Raspberry Pi or USB bridge, or from simulated chips. Output pins must already
    /// be outputs, inputs inputs; nothing here knows pin numbers.
    /// </summary>
    public sealed class ReferenceBoardWiring
    {
        /// <summary>AD5761R on the SPI bus, SYNC as its chip select (mode 1, MSB first).</summary>
        public ISpiDevice DacSpi { get; set; }

        /// <summary>ADS1262 on the SPI bus, CS as its chip select (mode 1, MSB first).</summary>
        public ISpiDevice AdcSpi { get; set; }

        /// <summary>ADS1262 DRDY input (active low).</summary>
        public IGpioPin AdcDataReady { get; set; }

        /// <summary>LT1970A current-limit flags (wired-OR, pulled up, active low); null when not wired.</summary>
        public IGpioPin CurrentLimitFlag { get; set; }

        /// <summary>A0 of every ADG1408.</summary>
        public IGpioPin CellA0 { get; set; }

        /// <summary>A1 of every ADG1408.</summary>
        public IGpioPin CellA1 { get; set; }

        /// <summary>A2 of every ADG1408.</summary>
        public IGpioPin CellA2 { get; set; }

        /// <summary>EN of bank 0 (cells 0..7).</summary>
        public IGpioPin CellEnable0 { get; set; }

        /// <summary>EN of bank 1 (cells 8..15).</summary>
        public IGpioPin CellEnable1 { get; set; }

        /// <summary>A0 of both ADG1409 (A1 tied low): 0 = read routing, 1 = write routing.</summary>
        public IGpioPin PathA0 { get; set; }

        /// <summary>EN of both ADG1409.</summary>
        public IGpioPin PathEnable { get; set; }
    }
}
