// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Formats;

namespace Edge.Shared.Tests.Formats;

/// <summary>Small valid tables shaped like a calibrated device (kOhm range, 0.8 s pulses as in the paper).</summary>
internal static class SampleTables
{
    public static FfpTable Ffp() => new()
    {
        DeviceId = 0x0D0E0F10,
        CalibrationId = 77,
        Potentiation = new FfpDirectionTable
        {
            Direction = Direction.Potentiation,
            PulseWidthMicroseconds = 800_000,
            StopMilliohms = 2_000_000,
            EdgesMilliohms = [1_500_000, 3_000_000, 5_000_000, 8_000_000, 12_000_000],
            WriteMillivolts = [1200, 1400, 1700, 2100],
        },
        Depression = new FfpDirectionTable
        {
            Direction = Direction.Depression,
            PulseWidthMicroseconds = 800_000,
            StopMilliohms = 11_000_000,
            EdgesMilliohms = [1_000_000, 4_000_000, 9_000_000, 15_000_000],
            WriteMillivolts = [1800, 1500, 1300],
        },
    };

    public static LevelProgram Program(Direction direction = Direction.Potentiation, int levels = 4)
    {
        var targets = new uint[levels];
        for (int i = 0; i < levels; i++)
        {
            // Potentiation lowers R level by level; depression raises it.
            int step = direction == Direction.Potentiation ? levels - 1 - i : i;
            targets[i] = (uint)(3_000_000 + (step * 2_000_000));
        }

        var counts = new ushort[levels - 1];
        var millivolts = new List<ushort>();
        for (int k = 0; k < levels - 1; k++)
        {
            counts[k] = (ushort)(1 + (k % 3));
            for (int p = 0; p < counts[k]; p++)
            {
                millivolts.Add((ushort)(1100 + (100 * k) + p));
            }
        }

        return new LevelProgram
        {
            DeviceId = 0x0D0E0F10,
            CalibrationId = 77,
            Direction = direction,
            PulseWidthMicroseconds = 800_000,
            TargetsMilliohms = targets,
            GroupPulseCounts = counts,
            Millivolts = [.. millivolts],
        };
    }

    /// <summary>A seek table: 5 voltages per direction, bounds and rates as a calibration would give them.</summary>
    public static SeekTable Seek() => new()
    {
        DeviceId = 7,
        CalibrationId = 9,
        ReferenceLowMilliohms = 741_037,
        ReferenceHighMilliohms = 882_633,
        AimPermille = 800,
        BandPermille = 250,
        MaxPulses = 200,
        Potentiation = SeekSection(Direction.Potentiation, [985_000, 800_000, 420_000, 60_000, -37_000]),
        Depression = SeekSection(Direction.Depression, [15_000, 200_000, 580_000, 940_000, 1_037_000]),
    };

    /// <summary>Corrections of a 3-cell array.</summary>
    public static ArrayCorrections Array() => new()
    {
        DeviceId = 7,
        CalibrationId = 9,
        LowMilliohms = [741_037, 738_966, 742_978],
        HighMilliohms = [882_633, 874_461, 888_028],
        PotentiationRate = [4096, 3621, 4826],
        DepressionRate = [4096, 5004, 4800],
    };

    /// <summary><see cref="Set"/> with a seek table and array corrections.</summary>
    public static TableSet SetWithSections()
    {
        var set = Set();
        set.Seek = Seek();
        set.Array = Array();
        return set;
    }

    private static SeekDirectionTable SeekSection(Direction direction, int[] boundsPpm) => new()
    {
        Direction = direction,
        PulseWidthMicroseconds = 100_000,
        WriteMillivolts = [300, 1000, 2500, 5000, 7000],
        BoundPpm = boundsPpm,
        RateMicro = [1_483, 5_183, 13_624, 40_696, 123_016],
    };

    public static TableSet Set()
    {
        var set = new TableSet { Ffp = Ffp(), Generation = 5 };
        set.Programs.Add(Program(Direction.Potentiation, 4));
        set.Programs.Add(Program(Direction.Depression, 4));
        set.Programs.Add(Program(Direction.Potentiation, 9));
        return set;
    }

    /// <summary>Random valid direction tables: 1..64 cells, strictly increasing edges, voltages and widths within limits.</summary>
    public static Gen<FfpDirectionTable> DirectionTable(Direction direction) =>
        from cells in Gen.Int[1, 64]
        from steps in Gen.UInt[1, 2_000_000].Array[cells + 1]
        from millivolts in Gen.UShort[FormatLimits.MinWriteMillivolts, FormatLimits.MaxWriteMillivolts].Array[cells]
        from width in Gen.UInt[FormatLimits.MinWidthMicroseconds, FormatLimits.MaxWidthMicroseconds]
        from stop in Gen.UInt[FormatLimits.MinMilliohms, FormatLimits.MaxMilliohms]
        select new FfpDirectionTable
        {
            Direction = direction,
            PulseWidthMicroseconds = width,
            StopMilliohms = stop,
            EdgesMilliohms = CumulativeFrom(FormatLimits.MinMilliohms, steps),
            WriteMillivolts = millivolts,
        };

    public static Gen<FfpTable> FfpTables { get; } =
        Gen.Select(Gen.UInt, Gen.UInt, DirectionTable(Direction.Potentiation), DirectionTable(Direction.Depression))
            .Select(t => new FfpTable { DeviceId = t.Item1, CalibrationId = t.Item2, Potentiation = t.Item3, Depression = t.Item4 });

    /// <summary>Random valid level programs: 2..40 levels, 0..5 pulses per group.</summary>
    public static Gen<LevelProgram> Programs { get; } =
        from direction in Gen.OneOf(Direction.Potentiation, Direction.Depression)
        from levels in Gen.Int[2, 40]
        from steps in Gen.UInt[1, 5_000_000].Array[levels]
        from counts in Gen.UShort[0, 5].Array[levels - 1]
        from millivolts in Gen.UShort[FormatLimits.MinWriteMillivolts, FormatLimits.MaxWriteMillivolts].Array[counts.Sum(c => c)]
        from width in Gen.UInt[FormatLimits.MinWidthMicroseconds, FormatLimits.MaxWidthMicroseconds]
        from ids in Gen.Select(Gen.UInt, Gen.UInt)
        let rising = CumulativeFrom(FormatLimits.MinMilliohms, steps)
        select new LevelProgram
        {
            DeviceId = ids.Item1,
            CalibrationId = ids.Item2,
            Direction = direction,
            PulseWidthMicroseconds = width,
            TargetsMilliohms = direction == Direction.Depression ? rising : [.. rising.Reverse()],
            GroupPulseCounts = counts,
            Millivolts = millivolts,
        };

    private static uint[] CumulativeFrom(uint start, uint[] steps)
    {
        var values = new uint[steps.Length];
        uint value = start;
        for (int i = 0; i < steps.Length; i++)
        {
            values[i] = value;
            value += steps[i];
        }

        return values;
    }
}
