// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>
/// A saturation law for <see cref="FakeAnalog.Law"/> and the seek table that describes it exactly: window 740..880 ohm,
/// a pulse of V moves x = (R - 740) / 140 a fraction 1 - exp(-0.02 V) toward the bound 1 - V/6 (potentiation) or V/6
/// (depression), never past it. Cells may have their own window and rate (<see cref="Corrections"/>).
/// </summary>
public static class SeekFixture
{
    public const double LowOhms = 740;
    public const double HighOhms = 880;

    public static double Bound(Direction direction, double volts) => direction == Direction.Potentiation ? 1 - (volts / 6) : volts / 6;

    public static double Rate(double volts) => 0.02 * volts;

    /// <summary>The law with per-cell windows (low, high) and rates.</summary>
    public static Func<int, double, double, double, double> Law(double[] lows, double[] highs, double[] rates) => (cell, r, volts, _) =>
    {
        var direction = volts > 0 ? Direction.Potentiation : Direction.Depression;
        double window = highs[cell] - lows[cell];
        double bound = lows[cell] + (Bound(direction, Math.Abs(volts)) * window);
        double distance = direction == Direction.Potentiation ? r - bound : bound - r;
        return distance <= 0 ? r : bound + ((r - bound) * Math.Exp(-Rate(Math.Abs(volts)) * rates[cell]));
    };

    public static SeekTable Table() => new()
    {
        DeviceId = 7,
        CalibrationId = 9,
        ReferenceLowMilliohms = 740_000,
        ReferenceHighMilliohms = 880_000,
        AimPermille = 800,
        BandPermille = 250,
        MaxPulses = 200,
        Potentiation = Section(Direction.Potentiation),
        Depression = Section(Direction.Depression),
    };

    /// <summary>A table set with the sample FFP table, a 128-level potentiation program over 878..742 ohm and the seek table.</summary>
    public static TableSet Set(uint generation, ArrayCorrections? array = null)
    {
        var set = SampleTables.Set(generation);
        set.Programs.Clear();
        set.Programs.Add(new LevelProgram
        {
            DeviceId = 7,
            CalibrationId = 9,
            Direction = Direction.Potentiation,
            PulseWidthMicroseconds = 100_000,
            TargetsMilliohms = Enumerable.Range(0, 128).Select(k => (uint)(878_000 - (k * 136_000 / 127))).ToArray(),
            GroupPulseCounts = Enumerable.Repeat((ushort)1, 127).ToArray(),
            Millivolts = Enumerable.Repeat((ushort)1000, 127).ToArray(),
        });
        set.Seek = Table();
        set.Array = array;
        return set;
    }

    public static ArrayCorrections Corrections(double[] lows, double[] highs, double[] rates) => new()
    {
        DeviceId = 7,
        CalibrationId = 9,
        LowMilliohms = lows.Select(v => (uint)Math.Round(v * 1000)).ToArray(),
        HighMilliohms = highs.Select(v => (uint)Math.Round(v * 1000)).ToArray(),
        PotentiationRate = rates.Select(r => (ushort)Math.Round(r * ArrayCorrections.RateUnit)).ToArray(),
        DepressionRate = rates.Select(r => (ushort)Math.Round(r * ArrayCorrections.RateUnit)).ToArray(),
    };

    private static SeekDirectionTable Section(Direction direction)
    {
        var volts = Enumerable.Range(1, 70).Select(i => i / 10.0).ToArray();
        return new SeekDirectionTable
        {
            Direction = direction,
            PulseWidthMicroseconds = 100_000,
            WriteMillivolts = volts.Select(v => (ushort)Math.Round(v * 1000)).ToArray(),
            BoundPpm = volts.Select(v => (int)Math.Round(Bound(direction, v) * 1e6)).ToArray(),
            RateMicro = volts.Select(v => (uint)Math.Round(Rate(v) * 1e6)).ToArray(),
        };
    }
}
