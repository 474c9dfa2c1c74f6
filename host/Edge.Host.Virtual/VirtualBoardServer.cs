// SPDX-License-Identifier: MIT
using System.Net;
using System.Net.Sockets;
using Edge.Hardware.Board;
using Edge.Host.Serve;

namespace Edge.Host.Virtual;

/// <summary>
/// Runs a virtual board behind a real byte link (<c>edge board serve</c>): a reader thread moves incoming bytes into
/// the board's queue, and the serving loop runs the controller in small slices (so a command is answered within a
/// few hundred simulated pulses, and ABORT lands between any two) and writes its output to the link.
/// </summary>
public static class VirtualBoardServer
{
    /// <summary>Job pulses per controller slice: small enough that replies are prompt, large enough for speed.</summary>
    public const int StepsPerSlice = 256;

    /// <summary>Serves the board on a pseudo-terminal until cancelled.</summary>
    public static void ServePty(VirtualBoard board, PseudoTerminal pty, CancellationToken cancel)
    {
        var reader = new Thread(() =>
        {
            var buffer = new byte[4096];
            try
            {
                while (!cancel.IsCancellationRequested)
                {
                    int n = pty.Read(buffer);
                    if (n > 0)
                    {
                        board.ToBoard.Write(buffer, 0, n);
                    }
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // the server stopped and closed the terminal under this thread
            }
        })
        { IsBackground = true, Name = "edge-pty-reader" };
        reader.Start();
        Loop(board, (b, o, c) => pty.Write(b, o, c), cancel);
    }

    /// <summary>Serves the board on a loopback TCP port, one client at a time, until cancelled.</summary>
    public static void ServeTcp(VirtualBoard board, TcpListener listener, CancellationToken cancel)
    {
        using var registration = cancel.Register(listener.Stop);
        while (!cancel.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = listener.AcceptTcpClient();
            }
            catch (SocketException)
            {
                return;
            }

            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                using var session = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var reader = new Thread(() =>
                {
                    var buffer = new byte[4096];
                    try
                    {
                        int n;
                        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                        {
                            board.ToBoard.Write(buffer, 0, n);
                        }
                    }
                    catch (Exception e) when (e is IOException or ObjectDisposedException)
                    {
                    }

                    try
                    {
                        session.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // the serving loop already ended this connection (the server is stopping)
                    }
                })
                { IsBackground = true, Name = "edge-tcp-reader" };
                reader.Start();
                try
                {
                    Loop(board, stream.Write, session.Token);
                }
                catch (IOException)
                {
                    // the client went away; wait for the next one
                }
            }
        }
    }

    /// <summary>Creates a listener on 127.0.0.1 (loopback only: the board must not be reachable from elsewhere).</summary>
    public static TcpListener Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    private static void Loop(VirtualBoard board, Action<byte[], int, int> write, CancellationToken cancel)
    {
        var buffer = new byte[4096];

        // In wall-clock mode a pulse takes real time, so replies go out after every pulse, as on the real board.
        int steps = board.WallClockMode ? 1 : StepsPerSlice;
        while (!cancel.IsCancellationRequested)
        {
            board.Pump(steps);
            bool wrote = false;
            int n;
            while ((n = board.FromBoard.Read(buffer, 0, buffer.Length)) > 0)
            {
                write(buffer, 0, n);
                wrote = true;
            }

            if (!wrote && !board.Controller.JobRunning && board.ToBoard.Count == 0)
            {
                Thread.Sleep(1);
            }
        }
    }
}
