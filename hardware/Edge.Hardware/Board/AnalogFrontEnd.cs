// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Hardware.Device;

namespace Edge.Hardware.Board;

/// <summary>
/// The simulated analog world between the controller's hardware interfaces and the device cells: what the DAC drives,
/// which cell and terminals the mux connects, and what happens while time passes (a write pulse moves the connected
/// cell's resistance). It also keeps the safety ledger: pulses per cell, the largest voltage ever put on a cell, and
/// any switching with the DAC away from 0 V (break-before-make must happen at 0 V).
/// </summary>
public sealed class AnalogFrontEnd
{
    private readonly long[] pulsesPerCell;

    // Device time, ms: the cells' heat sinks cool between pulses, so a pulse must know when it starts.
    private double elapsedMs;

    /// <summary>Creates the front end over an array of cells.</summary>
    public AnalogFrontEnd(MemristorArray cells)
    {
        Cells = cells;
        pulsesPerCell = new long[cells.Count];
        SelectedCell = -1;
    }

    /// <summary>The device cells.</summary>
    public MemristorArray Cells { get; }

    /// <summary>Volts the output stage drives now.</summary>
    public double DacVolts { get; internal set; }

    /// <summary>The connected cell (-1 when every switch is open).</summary>
    public int SelectedCell { get; private set; }

    /// <summary>The connected terminal path.</summary>
    public CellPath Path { get; private set; }

    /// <summary>Largest |V| ever applied to a cell through the write path, volts.</summary>
    public double MaxAppliedWriteVolts { get; private set; }

    /// <summary>Largest |V| ever applied to a cell through the read path, volts.</summary>
    public double MaxAppliedReadVolts { get; private set; }

    /// <summary>Times a switch changed while the DAC was not at 0 V (must stay 0).</summary>
    public long HotSwitchEvents { get; private set; }

    /// <summary>Write pulses applied since the front end was built.</summary>
    public long TotalPulses { get; private set; }

    /// <summary>
    /// Write energy delivered, J: the sum over pulses of V^2 / R x width, with R the cell's resistance just before the
    /// pulse (the dissipation of a constant-voltage pulse into the four-terminal device; the read's 0.1 V is negligible).
    /// </summary>
    public double EnergyJoules { get; private set; }

    /// <summary>Write pulses each cell received (the ledger tests use to prove "never twice").</summary>
    public long PulsesOn(int cell) => pulsesPerCell[cell];

    /// <summary>Break-before-make selection.</summary>
    internal void Select(int cell, CellPath path)
    {
        if (DacVolts != 0.0 && (cell != SelectedCell || path != Path))
        {
            HotSwitchEvents++;
        }

        SelectedCell = path == CellPath.Open ? -1 : cell;
        Path = path;
    }

    /// <summary>Time passes with the present connection: a write path with a non-zero output is a pulse.</summary>
    internal void Advance(double durationMs)
    {
        double startMs = elapsedMs;
        elapsedMs += durationMs;
        if (SelectedCell < 0 || DacVolts == 0.0)
        {
            return;
        }

        double magnitude = Math.Abs(DacVolts);
        if (Path == CellPath.Write)
        {
            MaxAppliedWriteVolts = Math.Max(MaxAppliedWriteVolts, magnitude);
            EnergyJoules += magnitude * magnitude / Cells[SelectedCell].ResistanceOhms * durationMs / 1000.0;
            Cells[SelectedCell].ApplyPulse(DacVolts, durationMs, startMs);
            pulsesPerCell[SelectedCell]++;
            TotalPulses++;
        }
        else if (Path == CellPath.Read)
        {
            MaxAppliedReadVolts = Math.Max(MaxAppliedReadVolts, magnitude);
        }
    }

    /// <summary>Records the read voltage on the connected cell (reads are instantaneous for the device).</summary>
    internal void NoteRead()
    {
        if (SelectedCell >= 0 && Path == CellPath.Read)
        {
            MaxAppliedReadVolts = Math.Max(MaxAppliedReadVolts, Math.Abs(DacVolts));
        }
    }
}
