// SPDX-License-Identifier: MIT
using System.IO.Ports;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Links;

/// <summary>
/// The host link on a serial port, 115200 8N1 like the ESP32's COM2 (a USB-UART cable to the PC, or a pty pair
/// made with socat for a local test).
/// </summary>
public sealed class SerialPortLink : IByteLink, IDisposable
{
    /// <summary>The ESP32 app's COM2 line rate, which <c>edge</c> assumes.</summary>
    public const int BaudRate = 115200;

    private readonly SerialPort port;

    /// <summary>Opens <paramref name="portName"/>.</summary>
    public SerialPortLink(string portName)
    {
        port = new SerialPort(portName, BaudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            WriteTimeout = 2000,
        };
        port.Open();
        port.DiscardInBuffer();
    }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count)
    {
        int available = port.BytesToRead;
        return available == 0 ? 0 : port.Read(buffer, offset, Math.Min(count, available));
    }

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count) => port.Write(buffer, offset, count);

    /// <inheritdoc/>
    public void Dispose() => port.Dispose();
}
