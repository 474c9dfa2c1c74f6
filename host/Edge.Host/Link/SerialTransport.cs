// SPDX-License-Identifier: MIT
using System.IO.Ports;
using Edge.Analog.Errors;

namespace Edge.Host.Link;

/// <summary>
/// A board on a serial port (System.IO.Ports): the ESP32's COM2 UART through a USB bridge, the bench build, or the
/// pseudo-terminal of <c>edge board serve --pty</c>. 115200 8N1, no flow control.
/// </summary>
public sealed class SerialTransport : ITransport
{
    /// <summary>Default line rate (the ESP32 app's COM2 setting).</summary>
    public const int DefaultBaudRate = 115200;

    private readonly SerialPort port;

    private SerialTransport(SerialPort port)
    {
        this.port = port;
        Description = $"serial {port.PortName}";
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <summary>Opens a port; a missing or busy port is a clear <see cref="EdgeException"/> listing what exists.</summary>
    public static SerialTransport Open(string portName, int baudRate = DefaultBaudRate)
    {
        if (!File.Exists(portName) && !portName.StartsWith("COM", StringComparison.OrdinalIgnoreCase))
        {
            var available = SerialPort.GetPortNames();
            string list = available.Length == 0 ? "none found" : string.Join(", ", available);
            throw new EdgeException(ExitCode.LinkFailed, $"--port {portName}: no such serial port (available: {list}).");
        }

        var port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            ReadTimeout = 100,
            WriteTimeout = 2000,
        };
        try
        {
            port.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            port.Dispose();
            throw new EdgeException(ExitCode.LinkFailed, $"--port {portName}: cannot open ({ex.Message}).", ex);
        }

        port.DiscardInBuffer();
        return new SerialTransport(port);
    }

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count) => port.Write(buffer, offset, count);

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count, TimeSpan timeout)
    {
        port.ReadTimeout = Math.Max(1, (int)timeout.TotalMilliseconds);
        try
        {
            return port.Read(buffer, offset, count);
        }
        catch (TimeoutException)
        {
            return 0;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => port.Dispose();
}
