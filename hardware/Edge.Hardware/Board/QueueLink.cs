// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>The board's end of an in-memory cable: it reads what the host wrote and writes what the host reads.</summary>
public sealed class QueueLink(ByteQueue incoming, ByteQueue outgoing) : IByteLink
{
    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count) => incoming.Read(buffer, offset, count);

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count) => outgoing.Write(buffer, offset, count);
}
