// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Host.Link;

namespace Edge.Host.Virtual;

/// <summary>
/// The embedded default: the host and the virtual board share the process. Reading pumps the board's controller, so
/// a job advances exactly as fast as the host asks about it, with no threads and no wall-clock waits.
/// </summary>
public sealed class InProcessTransport(VirtualBoard board, int jobStepsPerPump = 50_000) : ITransport
{
    /// <summary>The board behind the transport.</summary>
    public VirtualBoard Board { get; } = board;

    /// <inheritdoc/>
    public string Description => "virtual board (in-process)";

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count) => Board.ToBoard.Write(buffer, offset, count);

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count, TimeSpan timeout)
    {
        if (Board.FromBoard.Count == 0)
        {
            Board.Pump(jobStepsPerPump);
        }

        return Board.FromBoard.Read(buffer, offset, count);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
