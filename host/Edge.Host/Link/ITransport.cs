// SPDX-License-Identifier: MIT
namespace Edge.Host.Link;

/// <summary>A byte pipe to a board: a serial port, a TCP socket or the in-process virtual board.</summary>
public interface ITransport : IDisposable
{
    /// <summary>What the host is talking to, for messages ("serial /dev/ttyUSB0", "virtual board (in-process)").</summary>
    string Description { get; }

    /// <summary>Sends bytes.</summary>
    void Write(byte[] buffer, int offset, int count);

    /// <summary>Receives up to <paramref name="count"/> bytes, waiting at most <paramref name="timeout"/>; 0 on timeout.</summary>
    int Read(byte[] buffer, int offset, int count, TimeSpan timeout);
}
