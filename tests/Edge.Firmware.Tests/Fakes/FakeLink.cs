// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>Two byte queues: what the test sends to the board and what the board sends back. Allocation-free after warm-up.</summary>
public sealed class FakeLink : IByteLink
{
    private readonly byte[] toBoard = new byte[1 << 16];
    private readonly byte[] fromBoard = new byte[1 << 20];
    private int toBoardHead;
    private int toBoardTail;

    public int FromBoardLength { get; private set; }

    public byte[] FromBoard => fromBoard;

    public void Send(byte[] bytes, int count)
    {
        if (toBoardHead == toBoardTail)
        {
            toBoardHead = toBoardTail = 0;
        }

        Buffer.BlockCopy(bytes, 0, toBoard, toBoardTail, count);
        toBoardTail += count;
    }

    public void ClearFromBoard() => FromBoardLength = 0;

    public int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(count, toBoardTail - toBoardHead);
        Buffer.BlockCopy(toBoard, toBoardHead, buffer, offset, n);
        toBoardHead += n;
        return n;
    }

    public void Write(byte[] buffer, int offset, int count)
    {
        if (FromBoardLength + count > fromBoard.Length)
        {
            FromBoardLength = 0; // tests that stream a lot only look at the latest frames
        }

        Buffer.BlockCopy(buffer, offset, fromBoard, FromBoardLength, count);
        FromBoardLength += count;
    }
}
