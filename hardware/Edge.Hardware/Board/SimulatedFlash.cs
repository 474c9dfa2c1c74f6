// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>
/// Two 64 KiB table slots in RAM that behave like NOR flash for the table store: erase sets 0xFF, and a power cut can
/// be scheduled after any number of write steps, optionally tearing the interrupted write (only its first bytes land).
/// </summary>
public sealed class SimulatedFlash : ITableStorage
{
    private readonly byte[][] slots;

    /// <summary>Creates erased flash.</summary>
    public SimulatedFlash(int slotCapacity = 65536)
    {
        slots = [new byte[slotCapacity], new byte[slotCapacity]];
        Array.Fill(slots[0], (byte)0xFF);
        Array.Fill(slots[1], (byte)0xFF);
    }

    /// <summary>
    /// Boots since the flash was new: a counter word the platform keeps beside the table slots (NVS on the ESP32), so
    /// every boot of a seeded board draws a different session id.
    /// </summary>
    public uint BootCount { get; private set; }

    /// <summary>Counts one boot and returns the new count.</summary>
    public uint CountBoot() => ++BootCount;

    /// <summary>Write steps (writes and erases) performed.</summary>
    public int Steps { get; private set; }

    /// <summary>When set, the write step with this index (0-based) loses power.</summary>
    public int? PowerCutAtStep { get; set; }

    /// <summary>With a power cut, how many bytes of the interrupted write still land (a torn write).</summary>
    public int TornBytes { get; set; }

    /// <inheritdoc/>
    public int SlotCapacity => slots[0].Length;

    /// <inheritdoc/>
    public void Read(int slot, int offset, byte[] buffer, int bufferOffset, int count) =>
        Buffer.BlockCopy(slots[slot], offset, buffer, bufferOffset, count);

    /// <inheritdoc/>
    public void Write(int slot, int offset, byte[] buffer, int bufferOffset, int count)
    {
        if (CutNow())
        {
            Buffer.BlockCopy(buffer, bufferOffset, slots[slot], offset, Math.Min(TornBytes, count));
            throw new PowerCutException(Steps - 1);
        }

        Buffer.BlockCopy(buffer, bufferOffset, slots[slot], offset, count);
    }

    /// <inheritdoc/>
    public void Erase(int slot)
    {
        if (CutNow())
        {
            Array.Fill(slots[slot], (byte)0xFF, 0, Math.Min(TornBytes, SlotCapacity));
            throw new PowerCutException(Steps - 1);
        }

        Array.Fill(slots[slot], (byte)0xFF);
    }

    private bool CutNow()
    {
        int step = Steps++;
        return PowerCutAtStep is int cut && step == cut;
    }
}

/// <summary>Thrown by <see cref="SimulatedFlash"/> when a scheduled power cut happens.</summary>
public sealed class PowerCutException(int step) : Exception($"Power cut at flash write step {step}.")
{
    /// <summary>The write step that was interrupted.</summary>
    public int Step { get; } = step;
}
