// SPDX-License-Identifier: MIT
using System.Net.Sockets;
using Edge.Analog.Errors;

namespace Edge.Host.Link;

/// <summary>A board (or <c>edge board serve --tcp</c>) reached over TCP.</summary>
public static class TcpTransport
{
    /// <summary>Connects to "HOST:PORT"; a bad address or refused connection is a clear <see cref="EdgeException"/>.</summary>
    public static StreamTransport Connect(string hostAndPort)
    {
        int colon = hostAndPort.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(hostAndPort[(colon + 1)..], out int port) || port is < 1 or > 65535)
        {
            throw new EdgeException(ExitCode.Usage, $"--tcp '{hostAndPort}': expected HOST:PORT, e.g. 127.0.0.1:5555.");
        }

        string host = hostAndPort[..colon];
        try
        {
            var client = new TcpClient { NoDelay = true };
            client.Connect(host, port);
            return new StreamTransport(client.GetStream(), $"tcp {hostAndPort}");
        }
        catch (SocketException ex)
        {
            throw new EdgeException(ExitCode.LinkFailed, $"--tcp {hostAndPort}: cannot connect ({ex.SocketErrorCode}). Is 'edge board serve --tcp {port}' running?", ex);
        }
    }
}
