// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Tests.Formats;

/// <summary>Small valid tables (kOhm range, 0.8 s pulses as in the paper).</summary>
internal static class Samples
{
    public static FfpTable Ffp() => new()
    {
        DeviceId = 11,
        CalibrationId = 22,
        Potentiation = new FfpDirectionTable
        {
            Direction = Direction.Potentiation,
            PulseWidthMicroseconds = 800_000,
            StopMilliohms = 2_000_000,
            EdgesMilliohms = [1_500_000, 3_000_000, 5_000_000],
            WriteMillivolts = [1200, 1500],
        },
        Depression = new FfpDirectionTable
        {
            Direction = Direction.Depression,
            PulseWidthMicroseconds = 800_000,
            StopMilliohms = 9_000_000,
            EdgesMilliohms = [1_000_000, 4_000_000, 10_000_000],
            WriteMillivolts = [1800, 1400],
        },
    };

    public static LevelProgram Program(Direction direction = Direction.Potentiation) => new()
    {
        DeviceId = 11,
        CalibrationId = 22,
        Direction = direction,
        PulseWidthMicroseconds = 800_000,
        TargetsMilliohms = direction == Direction.Potentiation ? [9_000_000, 6_000_000, 3_000_000] : [3_000_000, 6_000_000, 9_000_000],
        GroupPulseCounts = [2, 1],
        Millivolts = [1100, 1150, 1300],
    };

    public static TableSet Set()
    {
        var set = new TableSet { Ffp = Ffp(), Generation = 7 };
        set.Programs.Add(Program(Direction.Potentiation));
        set.Programs.Add(Program(Direction.Depression));
        return set;
    }
}
