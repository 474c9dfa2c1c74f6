// SPDX-License-Identifier: MIT
using System;
using System.Device.Spi;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Esp32.Adapters
{
    /// <summary>nanoFramework's SpiDevice (chip select handled by the driver) as the drivers' <see cref="ISpiDevice"/>.</summary>
    internal sealed class NanoSpiDevice : ISpiDevice
    {
        private readonly SpiDevice device;

        public NanoSpiDevice(SpiDevice device)
        {
            this.device = device;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            device.Write(new SpanByte(buffer, offset, count));
        }

        public void TransferFullDuplex(byte[] write, byte[] read, int count)
        {
            device.TransferFullDuplex(new SpanByte(write, 0, count), new SpanByte(read, 0, count));
        }
    }
}
