// SPDX-License-Identifier: MIT
using System.Device.Gpio;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Esp32.Adapters
{
    /// <summary>nanoFramework's GpioPin as the drivers' <see cref="IGpioPin"/>.</summary>
    internal sealed class NanoGpioPin : IGpioPin
    {
        private readonly GpioPin pin;

        public NanoGpioPin(GpioPin pin)
        {
            this.pin = pin;
        }

        public void Write(bool high)
        {
            pin.Write(high ? PinValue.High : PinValue.Low);
        }

        public bool Read()
        {
            return pin.Read() == PinValue.High;
        }
    }
}
