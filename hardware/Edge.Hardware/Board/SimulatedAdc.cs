// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>
/// The read chain: I13 = V_read / R of the connected cell, plus Gaussian current noise, quantised to the LSB;
/// saturates above full scale or when no cell is on the read path. Seeded, so a board replays exactly.
/// </summary>
public sealed class SimulatedAdc : IAdcChannel
{
    private readonly AnalogFrontEnd analog;
    private readonly IClock clock;
    private readonly ReadChainSettings settings;
    private ulong state;

    /// <summary>Creates the ADC.</summary>
    public SimulatedAdc(AnalogFrontEnd analog, IClock clock, ReadChainSettings settings, ulong seed)
    {
        this.analog = analog;
        this.clock = clock;
        this.settings = settings;
        state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
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

        double ideal = analog.DacVolts / analog.Cells[analog.SelectedCell].ResistanceOhms;
        double noisy = ideal + (settings.NoiseAmpsRms * NextGaussian());
        if (Math.Abs(noisy) >= settings.FullScaleAmps)
        {
            return false;
        }

        currentAmps = Math.Round(noisy / settings.LsbAmps) * settings.LsbAmps;
        return true;
    }

    private double NextGaussian()
    {
        // Box-Muller on a SplitMix64 stream: cheap, seeded, allocation-free.
        double u1 = (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);
        double u2 = (NextUInt64() >> 11) * (1.0 / 9007199254740992.0);
        return Math.Sqrt(-2.0 * Math.Log(u1 + 1e-300)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private ulong NextUInt64()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
