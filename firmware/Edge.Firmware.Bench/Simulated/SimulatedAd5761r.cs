// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Simulated;

/// <summary>
/// An AD5761R at register level, behind the reference board's x2.5 output stage: it decodes 24-bit frames (command
/// nibble DB19..DB16, 16 data bits), keeps the input, DAC and control registers, answers read-backs on SDO during the
/// next frame, and drives <see cref="OutputVolts"/> through the range selected in the control register. Frames of any
/// other length are counted in <see cref="BadFrames"/> and ignored, as the chip ignores a SYNC that does not frame 24
/// bits. Until the control register is first written the output is modelled at 0 V.
/// </summary>
public sealed class SimulatedAd5761r : ISpiDevice
{
    // RA[2:0] output ranges with a 2.5 V reference, from the data sheet's range list (volts at code 0 and at 2^16).
    private static readonly double[] RangeLowVolts = [-10, 0, -5, 0, -2.5, -3, 0, 0];
    private static readonly double[] RangeHighVolts = [10, 10, 5, 5, 7.5, 3, 16, 20];

    private readonly double stageGain;
    private int? readBack;

    /// <summary>Creates the chip at power-on, followed by an output stage of gain <paramref name="stageGain"/>.</summary>
    public SimulatedAd5761r(double stageGain = 2.5)
    {
        this.stageGain = stageGain;
    }

    /// <summary>Control register (11 bits), or null before the first write.</summary>
    public int? Control { get; private set; }

    /// <summary>The DAC register (the code on the output).</summary>
    public int DacCode { get; private set; }

    /// <summary>The input register.</summary>
    public int InputCode { get; private set; }

    /// <summary>Frames that were not 24 bits long.</summary>
    public int BadFrames { get; private set; }

    /// <summary>Software full resets received.</summary>
    public int Resets { get; private set; }

    /// <summary>Volts at the output stage (what drives the cell buses).</summary>
    public double OutputVolts
    {
        get
        {
            if (Control is not int control)
            {
                return 0.0;
            }

            int range = control & 0x7;
            double low = RangeLowVolts[range];
            double high = RangeHighVolts[range];
            return stageGain * (low + ((high - low) * DacCode / 65536.0));
        }
    }

    /// <summary>The CLEAR pin pulsed low: the DAC register loads the CV[1:0] level (zero, mid or full scale).</summary>
    public void Clear()
    {
        int level = Control is int control ? (control >> 9) & 0x3 : 0;
        DacCode = level == 1 ? 0x8000 : level == 2 ? 0xFFFF : 0;
    }

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        if (count != 3)
        {
            BadFrames++;
            return;
        }

        Execute(buffer[offset], (buffer[offset + 1] << 8) | buffer[offset + 2]);
    }

    /// <inheritdoc/>
    public void TransferFullDuplex(byte[] write, byte[] read, int count)
    {
        for (int i = 0; i < count; i++)
        {
            read[i] = 0;
        }

        if (count != 3)
        {
            BadFrames++;
            return;
        }

        // SDO shifts out the register a read-back command selected, during the frame that follows it.
        if (readBack is int value)
        {
            read[1] = (byte)(value >> 8);
            read[2] = (byte)value;
        }

        readBack = null;
        Execute(write[0], (write[1] << 8) | write[2]);
    }

    private void Execute(byte first, int data)
    {
        readBack = null;
        switch (first & 0x0F)
        {
            case 0x1:
                InputCode = data;
                break;
            case 0x2:
                DacCode = InputCode;
                break;
            case 0x3:
                InputCode = data;
                DacCode = data;
                break;
            case 0x4:
                Control = data & 0x7FF;
                break;
            case 0x7:
                InputCode = 0;
                DacCode = 0;
                break;
            case 0xA:
                readBack = InputCode;
                break;
            case 0xB:
                readBack = DacCode;
                break;
            case 0xC:
                readBack = Control ?? 0;
                break;
            case 0xF:
                Resets++;
                Control = null;
                InputCode = 0;
                DacCode = 0;
                break;
        }
    }
}
