// SPDX-License-Identifier: MIT
using System.Net;
using System.Net.Sockets;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Links;

/// <summary>
/// The host link as a TCP server (one host at a time, like one cable): <c>edge board info --tcp 127.0.0.1:PORT</c>
/// connects to it. When the host disconnects the board keeps running and the next connection takes over.
/// </summary>
public sealed class TcpServerLink : IByteLink, IDisposable
{
    private readonly TcpListener listener;
    private readonly Thread acceptor;
    private volatile StreamByteLink? current;
    private volatile bool disposed;

    /// <summary>Listens on <paramref name="address"/>:<paramref name="port"/> (port 0 picks a free one).</summary>
    public TcpServerLink(IPAddress address, int port)
    {
        listener = new TcpListener(address, port);
        listener.Start(1);
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        acceptor = new Thread(AcceptLoop) { IsBackground = true, Name = "edge-bench-accept" };
        acceptor.Start();
    }

    /// <summary>The port listened on.</summary>
    public int Port { get; }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count) => current is { } link ? link.Read(buffer, offset, count) : 0;

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count) => current?.Write(buffer, offset, count);

    /// <inheritdoc/>
    public void Dispose()
    {
        disposed = true;
        listener.Stop();
        current?.Dispose();
    }

    private void AcceptLoop()
    {
        while (!disposed)
        {
            try
            {
                var client = listener.AcceptTcpClient();
                client.NoDelay = true;
                var stream = client.GetStream();
                var previous = current;
                current = new StreamByteLink(stream, stream);
                previous?.Dispose();
            }
            catch (SocketException)
            {
                return; // listener stopped
            }
            catch (ObjectDisposedException)
            {
                return;
            }
        }
    }
}
