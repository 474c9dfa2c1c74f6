// SPDX-License-Identifier: MIT
using System.Device.Gpio;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Hal;

/// <summary>A System.Device.Gpio pin as the drivers' <see cref="IGpioPin"/>.</summary>
public sealed class GpioPinAdapter(GpioPin pin) : IGpioPin
{
    /// <inheritdoc/>
    public void Write(bool high) => pin.Write(high ? PinValue.High : PinValue.Low);

    /// <inheritdoc/>
    public bool Read() => pin.Read() == PinValue.High;
}
