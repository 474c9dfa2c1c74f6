// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Links;

/// <summary>
/// The host link over a byte stream (stdin/stdout, one TCP connection). A background thread drains the input stream
/// into a queue so <see cref="Read"/> never blocks, as the controller requires.
/// </summary>
public sealed class StreamByteLink : IByteLink, IDisposable
{
    private readonly Stream input;
    private readonly Stream output;
    private readonly ConcurrentQueue<byte[]> received = new();
    private readonly AutoResetEvent arrived = new(false);
    private byte[] pending = [];
    private int pendingOffset;
    private volatile bool closed;

    /// <summary>Starts reading <paramref name="input"/>; replies go to <paramref name="output"/>.</summary>
    public StreamByteLink(Stream input, Stream output)
    {
        this.input = input;
        this.output = output;
        new Thread(ReadLoop) { IsBackground = true, Name = "edge-bench-link" }.Start();
    }

    /// <summary>True once the input ended or either stream failed.</summary>
    public bool Closed => closed;

    /// <summary>Signalled whenever bytes arrive (lets an idle loop sleep until there is work).</summary>
    public WaitHandle Arrived => arrived;

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count)
    {
        int done = 0;
        while (done < count)
        {
            if (pendingOffset >= pending.Length)
            {
                if (!received.TryDequeue(out var chunk))
                {
                    break;
                }

                pending = chunk;
                pendingOffset = 0;
            }

            int n = Math.Min(count - done, pending.Length - pendingOffset);
            Buffer.BlockCopy(pending, pendingOffset, buffer, offset + done, n);
            pendingOffset += n;
            done += n;
        }

        return done;
    }

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        if (closed)
        {
            return; // nobody is listening: the frame is lost, as on an unplugged cable
        }

        try
        {
            output.Write(buffer, offset, count);
            output.Flush();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            closed = true;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        closed = true;
        input.Dispose();
        output.Dispose();
        arrived.Dispose();
    }

    private void ReadLoop()
    {
        var buffer = new byte[4096];
        try
        {
            int n;
            while (!closed && (n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                received.Enqueue(buffer.AsSpan(0, n).ToArray());
                arrived.Set();
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
        }

        closed = true;
        try
        {
            arrived.Set();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
