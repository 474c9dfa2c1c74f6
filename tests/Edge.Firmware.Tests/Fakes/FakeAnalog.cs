// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>
/// A deterministic stand-in for the analog world: each cell is a resistor that moves by a fixed ohms-per-volt step per
/// write pulse (+V lowers R, -V raises it). Records every DAC code and counts pulses per cell. Allocation-free.
/// </summary>
public sealed class FakeAnalog : IDacChannel, IAdcChannel, ICellSelector, IClock
{
    public FakeAnalog(int cells, double startOhms = 880.0)
    {
        ResistanceOhms = new double[cells];
        PulsesPerCell = new int[cells];
        Array.Fill(ResistanceOhms, startOhms);
    }

    public double[] ResistanceOhms { get; }

    public int[] PulsesPerCell { get; }

    public double OhmsPerVolt { get; set; } = 0.1;

    public int SelectedCell { get; private set; } = -1;

    public CellPath Path { get; private set; }

    public double NowMsExact { get; private set; }

    public int Code { get; private set; }

    public int MaxCodeSeen { get; private set; } = int.MinValue;

    public int MinCodeSeen { get; private set; } = int.MaxValue;

    public bool SaturateReads { get; set; }

    public Action? OnPulse { get; set; }

    /// <summary>When set, a pulse moves the cell by this law (cell, R before, volts, width ms) instead of <see cref="OhmsPerVolt"/>.</summary>
    public Func<int, double, double, double, double>? Law { get; set; }

    public int Bits => 16;

    public double MinVolts => -7.5;

    public double MaxVolts => 7.5;

    public int ZeroCode => 32768;

    public int CellCount => ResistanceOhms.Length;

    public long NowMs => (long)NowMsExact;

    public double Volts => Code == ZeroCode ? 0 : MinVolts + (Code * (MaxVolts - MinVolts) / 65535.0);

    public void WriteCode(int code)
    {
        if (code < 0 || code > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(code));
        }

        Code = code;
        MaxCodeSeen = Math.Max(MaxCodeSeen, code);
        MinCodeSeen = Math.Min(MinCodeSeen, code);
    }

    public bool TryReadCurrent(out double currentAmps)
    {
        currentAmps = 0;
        if (SaturateReads || SelectedCell < 0 || Path != CellPath.Read)
        {
            return false;
        }

        currentAmps = Volts / ResistanceOhms[SelectedCell];
        return true;
    }

    public void Select(int cell, CellPath path)
    {
        SelectedCell = cell;
        Path = path;
    }

    public void OpenAll()
    {
        SelectedCell = -1;
        Path = CellPath.Open;
    }

    public void Wait(double durationMs)
    {
        if (SelectedCell >= 0 && Path == CellPath.Write && Code != ZeroCode)
        {
            ResistanceOhms[SelectedCell] = Law is null
                ? ResistanceOhms[SelectedCell] - (Volts * OhmsPerVolt)
                : Law(SelectedCell, ResistanceOhms[SelectedCell], Volts, durationMs);
            PulsesPerCell[SelectedCell]++;
            OnPulse?.Invoke();
        }

        NowMsExact += durationMs;
    }
}
