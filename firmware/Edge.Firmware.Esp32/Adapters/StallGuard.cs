// SPDX-License-Identifier: MIT
using System.Threading;
using Edge.Firmware.Hal;
using Edge.Firmware.Platform;
using nanoFramework.Runtime.Native;

namespace Edge.Firmware.Esp32.Adapters
{
    /// <summary>
    /// The loop watchdog's other half: a timer thread that, once the controller loop has stalled, forces SAFE without
    /// the stuck code (CLEAR low puts the AD5761R at its 0 V CLEAR level; every EN low opens every switch), lights the
    /// fault LED and reboots. We found no managed API for the ESP32's hardware watchdog in nanoFramework.Hardware.Esp32
    /// or nanoFramework.Runtime.Native, so this guards the managed loop only: a hang of the runtime itself (this timer
    /// would stop too) is not covered by the app.
    /// </summary>
    internal sealed class StallGuard
    {
        private const int CheckPeriodMs = 500;

        private readonly LoopWatchdog watchdog;
        private readonly IGpioPin dacClear;
        private readonly IGpioPin[] enables;
        private readonly IGpioPin faultLed;
        private Timer timer;

        public StallGuard(LoopWatchdog watchdog, IGpioPin dacClear, IGpioPin[] enables, IGpioPin faultLed)
        {
            this.watchdog = watchdog;
            this.dacClear = dacClear;
            this.enables = enables;
            this.faultLed = faultLed;
        }

        public void Start()
        {
            timer = new Timer(Check, null, CheckPeriodMs, CheckPeriodMs);
        }

        private void Check(object state)
        {
            if (!watchdog.Expired)
            {
                return;
            }

            dacClear.Write(false);
            for (int i = 0; i < enables.Length; i++)
            {
                enables[i].Write(false);
            }

            faultLed.Write(true);
            Thread.Sleep(100);
            Power.RebootDevice();
        }
    }
}
