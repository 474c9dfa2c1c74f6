// SPDX-License-Identifier: MIT
using System.Net;
using System.Net.Sockets;
using Edge.Host.Link;
using Edge.Shared.Protocol;

namespace Edge.Cli.Tests.Commands.Board;

/// <summary>An <c>edge board serve</c> (TCP or pty) running on a thread for the length of a test, and raw frames to it.</summary>
internal sealed class ServedBoard : IDisposable
{
    private readonly Thread server;
    private readonly string? ptyPath;

    public ServedBoard(int seconds, params string[] extra)
        : this(false, seconds, extra)
    {
    }

    public ServedBoard(bool pty, int seconds, params string[] extra)
    {
        Port = pty ? 0 : FreePort();
        var served = new StringWriter();
        string[] link = pty ? ["--pty"] : ["--tcp", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        string[] args = ["board", "serve", .. link, "--seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extra];
        server = new Thread(() => EdgeCli.Run(args, served, TextWriter.Null)) { IsBackground = true };
        server.Start();
        string expected = pty ? "/dev/" : "127.0.0.1";
        for (int i = 0; i < 400 && !served.ToString().Contains(expected, StringComparison.Ordinal); i++)
        {
            Thread.Sleep(25);
        }

        if (pty)
        {
            ptyPath = served.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
        }
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    /// <summary>A client that has said HELLO.</summary>
    public BoardClient Connect(SessionOptions? options = null)
    {
        ITransport transport = ptyPath is null ? TcpTransport.Connect(Address) : SerialTransport.Open(ptyPath);
        var session = new BoardSession(transport, options ?? new SessionOptions());
        session.Connect();
        return new BoardClient(session);
    }

    /// <summary>Sends one command frame over a fresh connection and returns the board's reply header.</summary>
    public FrameHeader SendRaw(MessageType type, ushort session, byte[] payload)
    {
        using var tcp = new TcpClient();
        tcp.Connect(IPAddress.Loopback, Port);
        var stream = tcp.GetStream();
        stream.ReadTimeout = 5000;
        var wire = new byte[FrameCodec.MaxWireLength + 1];
        var header = new FrameHeader { Version = FrameHeader.ProtocolVersion, Type = type, Flags = MessageFlags.AckRequest, Seq = 4242, Session = session };
        wire[0] = 0;
        int n = new FrameCodec().Encode(header, payload, 0, payload.Length, wire, 1);
        stream.Write(wire, 0, n + 1);
        var decoder = new FrameDecoder();
        var buffer = new byte[512];
        while (true)
        {
            int read = stream.Read(buffer, 0, buffer.Length);
            for (int i = 0; i < read; i++)
            {
                if (decoder.Push(buffer[i]) && decoder.Header.Ack == 4242)
                {
                    return decoder.Header;
                }
            }

            if (read == 0)
            {
                throw new IOException("the served board closed the connection without a reply");
            }
        }
    }

    /// <summary>Waits for the server to stop (its --seconds ran out).</summary>
    public void Dispose() => server.Join();

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
