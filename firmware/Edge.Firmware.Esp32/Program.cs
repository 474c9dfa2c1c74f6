// SPDX-License-Identifier: MIT
using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.Diagnostics;
using System.Threading;
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Esp32.Adapters;
using Edge.Firmware.Io;
using Edge.Firmware.Platform;
using Edge.Firmware.Tables;
using nanoFramework.Hardware.Esp32;

namespace Edge.Firmware.Esp32
{
    /// <summary>
    /// The ESP32 entry point: open the pins, boot the chips into SAFE, then run the controller loop on COM2 forever.
    /// Everything that decides anything lives in the firmware-safe core and drivers; this file only wires APIs.
    /// </summary>
    public static class Program
    {
        /// <summary>Bytes per table slot (two slots in one flash file).</summary>
        private const int SlotCapacity = 65536;

        // Sleep while more than this remains of a pulse, spin the rest (FreeRTOS tick granularity plus margin).
        private const int SpinMicroseconds = 2000;

        private static GpioController gpio;

        /// <summary>Boot.</summary>
        public static void Main()
        {
            gpio = new GpioController();

            // Switches first: every EN low, whatever the pins did during boot (the pull-downs already hold them low).
            NanoGpioPin cellEnable0 = Output(BoardPins.CellEnable0, false);
            NanoGpioPin cellEnable1 = Output(BoardPins.CellEnable1, false);
            NanoGpioPin pathEnable = Output(BoardPins.PathEnable, false);
            NanoGpioPin dacClear = Output(BoardPins.DacClear, true);
            Output(BoardPins.DacReset, true);
            Output(BoardPins.AdcReset, true);
            NanoGpioPin ledStatus = Output(BoardPins.LedStatus, false);
            NanoGpioPin ledFault = Output(BoardPins.LedFault, false);

            BoardPins.RoutePeripherals();
            var wiring = new ReferenceBoardWiring();
            wiring.DacSpi = Spi(BoardPins.DacChipSelect);
            wiring.AdcSpi = Spi(BoardPins.AdcChipSelect);
            wiring.AdcDataReady = Input(BoardPins.AdcDataReady);
            wiring.CurrentLimitFlag = Input(BoardPins.CurrentLimitFlag);
            wiring.CellA0 = Output(BoardPins.CellA0, false);
            wiring.CellA1 = Output(BoardPins.CellA1, false);
            wiring.CellA2 = Output(BoardPins.CellA2, false);
            wiring.CellEnable0 = cellEnable0;
            wiring.CellEnable1 = cellEnable1;
            wiring.PathA0 = Output(BoardPins.PathA0, false);
            wiring.PathEnable = pathEnable;

            var clock = new MicrosecondClock(new HighResCounter(), SpinMicroseconds);
            CellIo io = ReferenceBoard.Boot(wiring, clock); // SAFE from here on

            var tables = new TableStore(new SlotFileStorage(new FlashFile(BoardPins.TableFile), SlotCapacity));
            var link = new SerialByteLink(BoardPins.LinkPort, BoardPins.LinkBaudRate);
            ushort session = SessionId.FromEntropy((uint)new Random().Next(), (uint)HighResTimer.GetCurrent());
            var controller = new BoardController(io, tables, link, clock, clock, new BoardIdentity(BoardPins.BoardId, session));

            var watchdog = new LoopWatchdog(clock, LoopWatchdog.OneJobStepTimeoutMs);
            var guard = new StallGuard(watchdog, dacClear, new NanoGpioPin[] { cellEnable0, cellEnable1, pathEnable }, ledFault);
            guard.Start();

            Debug.WriteLine("Edge: chips configured, SAFE, serving the Edge protocol on " + BoardPins.LinkPort);
            ledStatus.Write(true);
            while (true)
            {
                // One pulse per poll: the link is read between any two pulses, so ABORT and heartbeats are honoured.
                controller.Poll(1);
                watchdog.Kick();
                if (!controller.JobRunning)
                {
                    Thread.Sleep(1);
                }
            }
        }

        private static NanoGpioPin Output(int pin, bool high)
        {
            GpioPin opened = gpio.OpenPin(pin, PinMode.Output);
            opened.Write(high ? PinValue.High : PinValue.Low);
            return new NanoGpioPin(opened);
        }

        private static NanoGpioPin Input(int pin)
        {
            return new NanoGpioPin(gpio.OpenPin(pin, PinMode.Input));
        }

        private static NanoSpiDevice Spi(int chipSelect)
        {
            var settings = new SpiConnectionSettings(BoardPins.SpiBus, chipSelect);
            settings.Mode = SpiMode.Mode1;
            settings.ClockFrequency = BoardPins.SpiClockHz;
            settings.DataFlow = DataFlow.MsbFirst;
            return new NanoSpiDevice(SpiDevice.Create(settings));
        }
    }
}
