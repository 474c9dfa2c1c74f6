// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Board;

/// <summary>A thread-safe growable FIFO of bytes: one direction of a simulated cable.</summary>
public sealed class ByteQueue
{
    private readonly object gate = new();
    private byte[] buffer = new byte[4096];
    private int head;
    private int count;

    /// <summary>Bytes waiting.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return count;
            }
        }
    }

    /// <summary>Appends bytes.</summary>
    public void Write(byte[] source, int offset, int length)
    {
        lock (gate)
        {
            if (count + length > buffer.Length)
            {
                var grown = new byte[Math.Max(buffer.Length * 2, count + length)];
                for (int i = 0; i < count; i++)
                {
                    grown[i] = buffer[(head + i) % buffer.Length];
                }

                buffer = grown;
                head = 0;
            }

            for (int i = 0; i < length; i++)
            {
                buffer[(head + count + i) % buffer.Length] = source[offset + i];
            }

            count += length;
        }
    }

    /// <summary>Takes up to <paramref name="length"/> bytes; returns how many.</summary>
    public int Read(byte[] target, int offset, int length)
    {
        lock (gate)
        {
            int n = Math.Min(length, count);
            for (int i = 0; i < n; i++)
            {
                target[offset + i] = buffer[(head + i) % buffer.Length];
            }

            head = (head + n) % buffer.Length;
            count -= n;
            return n;
        }
    }

    /// <summary>Drops everything (bytes in flight when a board reboots or a cable is pulled).</summary>
    public void Clear()
    {
        lock (gate)
        {
            head = 0;
            count = 0;
        }
    }
}
