// SPDX-License-Identifier: MIT
using Edge.Firmware.Platform;

namespace Edge.Firmware.Bench.Hal;

/// <summary>An in-memory file: table storage that lasts as long as the process (simulated runs, tests).</summary>
public sealed class MemoryRandomAccess : IRandomAccessFile
{
    private readonly MemoryStream stream = new();

    /// <inheritdoc/>
    public long Length => stream.Length;

    /// <inheritdoc/>
    public int Read(long position, byte[] buffer, int offset, int count)
    {
        stream.Position = position;
        return stream.Read(buffer, offset, count);
    }

    /// <inheritdoc/>
    public void Write(long position, byte[] buffer, int offset, int count)
    {
        stream.Position = position;
        stream.Write(buffer, offset, count);
    }

    /// <inheritdoc/>
    public void Flush()
    {
    }
}
