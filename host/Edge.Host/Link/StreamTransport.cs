// SPDX-License-Identifier: MIT
namespace Edge.Host.Link;

/// <summary>
/// A transport over a byte stream (TCP). A background reader fills a queue so <see cref="Read"/> can honour its
/// timeout whatever the stream supports.
/// </summary>
public class StreamTransport : ITransport
{
    private readonly Stream stream;
    private readonly System.Collections.Concurrent.BlockingCollection<byte[]> received = new();
    private readonly Thread reader;
    private byte[] pending = [];
    private int pendingOffset;
    private volatile bool closed;

    /// <summary>Wraps an open stream.</summary>
    public StreamTransport(Stream stream, string description)
    {
        this.stream = stream;
        Description = description;
        reader = new Thread(ReadLoop) { IsBackground = true, Name = "edge-link-reader" };
        reader.Start();
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <summary>True once the peer closed the stream or it failed.</summary>
    public bool Closed => closed;

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        try
        {
            stream.Write(buffer, offset, count);
            stream.Flush();
        }
        catch (IOException)
        {
            closed = true;
        }
        catch (ObjectDisposedException)
        {
            closed = true;
        }
    }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count, TimeSpan timeout)
    {
        if (pendingOffset >= pending.Length)
        {
            if (!received.TryTake(out var chunk, timeout))
            {
                return 0;
            }

            pending = chunk;
            pendingOffset = 0;
        }

        int n = Math.Min(count, pending.Length - pendingOffset);
        Buffer.BlockCopy(pending, pendingOffset, buffer, offset, n);
        pendingOffset += n;
        return n;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        closed = true;
        stream.Dispose();
        GC.SuppressFinalize(this);
    }

    private void ReadLoop()
    {
        var buffer = new byte[4096];
        try
        {
            while (!closed)
            {
                int n = stream.Read(buffer, 0, buffer.Length);
                if (n <= 0)
                {
                    break;
                }

                received.Add(buffer.AsSpan(0, n).ToArray());
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        closed = true;
    }
}
