// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Hal;

/// <summary>A System.Device.Spi device (Raspberry Pi spidev, FT232H, FT4222) as the drivers' <see cref="ISpiDevice"/>.</summary>
public sealed class SpiDeviceAdapter(System.Device.Spi.SpiDevice device) : ISpiDevice, IDisposable
{
    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count) => device.Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public void TransferFullDuplex(byte[] write, byte[] read, int count) =>
        device.TransferFullDuplex(write.AsSpan(0, count), read.AsSpan(0, count));

    /// <inheritdoc/>
    public void Dispose() => device.Dispose();
}
