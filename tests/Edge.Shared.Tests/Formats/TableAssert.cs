// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Shared.Tests.Formats;

/// <summary>Field-by-field equality of the table classes (they are reference types without Equals).</summary>
internal static class TableAssert
{
    public static void Equal(FfpTable expected, FfpTable actual)
    {
        Assert.Equal(expected.DeviceId, actual.DeviceId);
        Assert.Equal(expected.CalibrationId, actual.CalibrationId);
        Equal(expected.Potentiation, actual.Potentiation);
        Equal(expected.Depression, actual.Depression);
    }

    public static void Equal(FfpDirectionTable expected, FfpDirectionTable actual)
    {
        Assert.Equal(expected.Direction, actual.Direction);
        Assert.Equal(expected.PulseWidthMicroseconds, actual.PulseWidthMicroseconds);
        Assert.Equal(expected.StopMilliohms, actual.StopMilliohms);
        Assert.Equal(expected.EdgesMilliohms, actual.EdgesMilliohms);
        Assert.Equal(expected.WriteMillivolts, actual.WriteMillivolts);
    }

    public static void Equal(LevelProgram expected, LevelProgram actual)
    {
        Assert.Equal(expected.DeviceId, actual.DeviceId);
        Assert.Equal(expected.CalibrationId, actual.CalibrationId);
        Assert.Equal(expected.Direction, actual.Direction);
        Assert.Equal(expected.PulseWidthMicroseconds, actual.PulseWidthMicroseconds);
        Assert.Equal(expected.TargetsMilliohms, actual.TargetsMilliohms);
        Assert.Equal(expected.GroupPulseCounts, actual.GroupPulseCounts);
        Assert.Equal(expected.Millivolts, actual.Millivolts);
    }

    public static void Equal(TableSet expected, TableSet actual)
    {
        Assert.Equal(expected.Generation, actual.Generation);
        Equal(expected.Ffp, actual.Ffp);
        Assert.Equal(expected.Programs.Count, actual.Programs.Count);
        for (int i = 0; i < expected.Programs.Count; i++)
        {
            Equal((LevelProgram)expected.Programs[i]!, (LevelProgram)actual.Programs[i]!);
        }
    }
}
