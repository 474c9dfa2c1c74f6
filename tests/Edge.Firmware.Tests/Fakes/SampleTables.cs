// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>Small, valid table sets for controller tests (740..880 ohm window, one voltage per direction).</summary>
public static class SampleTables
{
    public static TableSet Set(uint generation, ushort potentiationMillivolts = 2000, ushort depressionMillivolts = 2000)
    {
        var set = new TableSet { Generation = generation, Ffp = new FfpTable { DeviceId = 7, CalibrationId = 9 } };
        set.Ffp.Potentiation = Direction(Edge.Shared.Formats.Direction.Potentiation, 740_000, potentiationMillivolts);
        set.Ffp.Depression = Direction(Edge.Shared.Formats.Direction.Depression, 880_000, depressionMillivolts);
        set.Programs.Add(new LevelProgram
        {
            DeviceId = 7,
            CalibrationId = 9,
            Direction = Edge.Shared.Formats.Direction.Potentiation,
            PulseWidthMicroseconds = 800_000,
            TargetsMilliohms = [880_000, 870_000, 860_000, 850_000],
            GroupPulseCounts = [50, 50, 50],
            Millivolts = Enumerable.Repeat((ushort)2000, 150).ToArray(),
        });
        return set;
    }

    private static FfpDirectionTable Direction(Direction direction, uint stopMilliohms, ushort millivolts) => new()
    {
        Direction = direction,
        PulseWidthMicroseconds = 800_000,
        StopMilliohms = stopMilliohms,
        EdgesMilliohms = Enumerable.Range(0, 11).Select(i => (uint)(700_000 + (i * 20_000))).ToArray(),
        WriteMillivolts = Enumerable.Repeat(millivolts, 10).ToArray(),
    };
}
