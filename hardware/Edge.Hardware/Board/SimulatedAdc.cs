// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Shared.Numerics;

namespace Edge.Hardware.Board;

/// <summary>
/// The read chain: I13 = V_read / R of the connected cell, plus Gaussian current noise, quantised to the LSB;
/// saturates above full scale or when no cell is on the read path. The noise of a read is a pure function of (seed,
/// cell, pulses the cell has had, reads of it since that pulse): a board replays exactly, and an extra read (a resumed
/// job re-reading a cell) changes no other read's noise, not even that cell's reads after its next pulse.
/// </summary>
public sealed class SimulatedAdc : IAdcChannel
{
    private readonly AnalogFrontEnd analog;
    private readonly IClock clock;
    private readonly ReadChainSettings settings;
    private readonly ulong seed;
    private readonly long[] pulsesAtLastRead;
    private readonly long[] readsSincePulse;

    /// <summary>Creates the ADC.</summary>
    public SimulatedAdc(AnalogFrontEnd analog, IClock clock, ReadChainSettings settings, ulong seed)
    {
        this.analog = analog;
        this.clock = clock;
        this.settings = settings;
        this.seed = seed;
        pulsesAtLastRead = new long[analog.Cells.Count];
        readsSincePulse = new long[analog.Cells.Count];
    }

    /// <summary>Reads taken.</summary>
    public long Reads { get; private set; }

    /// <inheritdoc/>
    public bool TryReadCurrent(out double currentAmps)
    {
        currentAmps = 0;
        Reads++;
        analog.NoteRead();
        clock.Wait(settings.ReadTimeMs);
        if (analog.SelectedCell < 0 || analog.Path != CellPath.Read)
        {
            return false;
        }

        int cell = analog.SelectedCell;
        double ideal = analog.DacVolts / analog.Cells[cell].ResistanceOhms;
        long pulses = analog.PulsesOn(cell);
        if (pulses != pulsesAtLastRead[cell])
        {
            pulsesAtLastRead[cell] = pulses;
            readsSincePulse[cell] = 0;
        }

        double noisy = ideal + (settings.NoiseAmpsRms * Gaussian(cell, pulses, readsSincePulse[cell]++));
        if (Math.Abs(noisy) >= settings.FullScaleAmps)
        {
            return false;
        }

        currentAmps = Math.Round(noisy / settings.LsbAmps) * settings.LsbAmps;
        return true;
    }

    private double Gaussian(int cell, long pulses, long read)
    {
        // Box-Muller on a counter-based SplitMix64 stream keyed by (seed, cell, pulses, read): cheap, allocation-free.
        ulong key = seed ^ ((ulong)cell * 0xD1B54A32D192ED03UL) ^ ((ulong)pulses * 0x9E3779B97F4A7C15UL) ^ ((ulong)read * 0xC2B2AE3D27D4EB4FUL);
        double u1 = (SplitMix64.Mix(key + SplitMix64.Increment) >> 11) * (1.0 / 9007199254740992.0);
        double u2 = (SplitMix64.Mix(key + 0x632BE59BD9B4E019UL + SplitMix64.Increment) >> 11) * (1.0 / 9007199254740992.0);
        return Math.Sqrt(-2.0 * Math.Log(u1 + 1e-300)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
