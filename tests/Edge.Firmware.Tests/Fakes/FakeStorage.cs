// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>Two flash slots with a scheduled power cut after N write steps, optionally tearing the cut write.</summary>
public sealed class FakeStorage : ITableStorage
{
    private readonly byte[][] slots = [new byte[65536], new byte[65536]];

    public FakeStorage()
    {
        Array.Fill(slots[0], (byte)0xFF);
        Array.Fill(slots[1], (byte)0xFF);
    }

    public int Steps { get; private set; }

    public int CutAtStep { get; set; } = -1;

    public int TornBytes { get; set; }

    public int SlotCapacity => slots[0].Length;

    public void Read(int slot, int offset, byte[] buffer, int bufferOffset, int count) => Buffer.BlockCopy(slots[slot], offset, buffer, bufferOffset, count);

    public void Write(int slot, int offset, byte[] buffer, int bufferOffset, int count)
    {
        if (Steps++ == CutAtStep)
        {
            Buffer.BlockCopy(buffer, bufferOffset, slots[slot], offset, Math.Min(TornBytes, count));
            throw new PowerLostException();
        }

        Buffer.BlockCopy(buffer, bufferOffset, slots[slot], offset, count);
    }

    public void Erase(int slot)
    {
        if (Steps++ == CutAtStep)
        {
            Array.Fill(slots[slot], (byte)0xFF, 0, Math.Min(TornBytes, SlotCapacity));
            throw new PowerLostException();
        }

        Array.Fill(slots[slot], (byte)0xFF);
    }
}

public sealed class PowerLostException : Exception
{
}
