// SPDX-License-Identifier: MIT
using System.Threading;
using Edge.Firmware.Platform;
using nanoFramework.Hardware.Esp32;

namespace Edge.Firmware.Esp32.Adapters
{
    /// <summary>The ESP32's 64-bit microsecond timer (esp_timer) and Thread.Sleep, for pulse timing.</summary>
    internal sealed class HighResCounter : IMicrosecondCounter
    {
        public long NowMicroseconds
        {
            get { return (long)HighResTimer.GetCurrent(); }
        }

        public void Sleep(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
