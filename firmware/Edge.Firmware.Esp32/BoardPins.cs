// SPDX-License-Identifier: MIT
using nanoFramework.Hardware.Esp32;

namespace Edge.Firmware.Esp32
{
    /// <summary>Every ESP32 pin of the reference board (hardware/pinmap.md), and the only place that knows them.</summary>
    internal static class BoardPins
    {
        // VSPI as nanoFramework's SPI1: one bus for both converters, mode 1, MSB first.
        public const int SpiBus = 1;
        public const int SpiClock = 18;
        public const int SpiMosi = 23;
        public const int SpiMiso = 19;
        public const int SpiClockHz = 1000000;

        public const int DacChipSelect = 5;      // AD5761R SYNC (strap pin, high at boot = idle)
        public const int AdcChipSelect = 15;     // ADS1262 CS (strap pin with pull-up = idle)
        public const int AdcDataReady = 34;      // input-only, active low
        public const int AdcReset = 13;          // RESET/PWDN, held high
        public const int DacReset = 21;          // held high
        public const int DacClear = 22;          // pulse low = output to 0 V (the watchdog's SAFE path)
        public const int DacAlert = 39;          // input-only; short circuit / brown-out (not used by the core yet)
        public const int CurrentLimitFlag = 35;  // input-only; LT1970A flags, wired-OR, pulled up, active low

        public const int CellA0 = 25;
        public const int CellA1 = 26;
        public const int CellA2 = 27;
        public const int CellEnable0 = 32;       // 100 kOhm pull-down
        public const int CellEnable1 = 33;       // 100 kOhm pull-down
        public const int PathA0 = 14;            // 0 = read routing, 1 = write routing
        public const int PathEnable = 4;         // 100 kOhm pull-down

        public const int LinkRx = 16;            // COM2 RX <- CP2105 SCI TXD
        public const int LinkTx = 17;            // COM2 TX -> CP2105 SCI RXD
        public const string LinkPort = "COM2";   // COM1 (GPIO1/3) belongs to the nanoFramework debugger
        public const int LinkBaudRate = 115200;  // what edge's SerialTransport opens

        public const int LedStatus = 2;          // green: the controller loop is running
        public const int LedFault = 12;          // red: the loop watchdog forced SAFE

        /// <summary>The table slots' file on the internal flash file system (SPIFFS, drive I:).</summary>
        public const string TableFile = "I:\\edge-tables.bin";

        /// <summary>Board id reported in HELLO: set a distinct value per board before deploying.</summary>
        public const uint BoardId = 0xED6E3201;

        /// <summary>Routes the UART and SPI signals to their GPIO (the ESP32 matrix can put them on any pin).</summary>
        public static void RoutePeripherals()
        {
            Configuration.SetPinFunction(LinkRx, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(LinkTx, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(SpiClock, DeviceFunction.SPI1_CLOCK);
            Configuration.SetPinFunction(SpiMosi, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(SpiMiso, DeviceFunction.SPI1_MISO);
        }
    }
}
