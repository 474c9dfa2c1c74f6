// SPDX-License-Identifier: MIT
using Edge.Firmware.Platform;

namespace Edge.Firmware.Bench.Hal;

/// <summary>A disk file as the table slots' backing store (survives restarts of the bench, like flash).</summary>
public sealed class FileRandomAccess : IRandomAccessFile, IDisposable
{
    private readonly FileStream stream;

    /// <summary>Opens or creates <paramref name="path"/>.</summary>
    public FileRandomAccess(string path)
    {
        stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
    }

    /// <inheritdoc/>
    public long Length => stream.Length;

    /// <inheritdoc/>
    public int Read(long position, byte[] buffer, int offset, int count)
    {
        stream.Position = position;
        int total = 0;
        int n;
        while (total < count && (n = stream.Read(buffer, offset + total, count - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    /// <inheritdoc/>
    public void Write(long position, byte[] buffer, int offset, int count)
    {
        stream.Position = position;
        stream.Write(buffer, offset, count);
    }

    /// <inheritdoc/>
    public void Flush() => stream.Flush(flushToDisk: true);

    /// <inheritdoc/>
    public void Dispose() => stream.Dispose();
}
