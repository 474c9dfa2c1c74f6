// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Tests.Drivers.Fakes;

/// <summary>An SPI device that records every transfer (one entry per chip-select frame) and answers from a queue.</summary>
internal sealed class RecordingSpiDevice : ISpiDevice
{
    /// <summary>Bytes written, one array per frame, in order.</summary>
    public List<byte[]> Frames { get; } = new();

    /// <summary>Bytes the device clocks out during full-duplex transfers; 0x00 once empty.</summary>
    public Queue<byte> DataToRead { get; } = new();

    public void Write(byte[] buffer, int offset, int count)
    {
        Frames.Add(buffer.AsSpan(offset, count).ToArray());
    }

    public void TransferFullDuplex(byte[] write, byte[] read, int count)
    {
        Frames.Add(write.AsSpan(0, count).ToArray());
        for (int i = 0; i < count; i++)
        {
            read[i] = DataToRead.Count > 0 ? DataToRead.Dequeue() : (byte)0;
        }
    }

    public void Enqueue(params byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            DataToRead.Enqueue(b);
        }
    }
}
