// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public sealed class FfpTableSolverTests
{
    private static readonly FfpTableOptions Options = new();

    [Fact]
    public void Solved_tables_round_trip_through_the_shared_codec()
    {
        var traces = new SyntheticDevice(740, 880).Sweeps();
        var grid = FfpTableSolver.FineGrid(740, 880, Options.TargetStepOhms);
        FfpDirectionTable Solve(Direction d) => FfpTableSolver.Build(SaturationModel.Fit(traces, d), grid, Options).Table;
        var table = new FfpTable { DeviceId = 7, CalibrationId = 9, Potentiation = Solve(Direction.Potentiation), Depression = Solve(Direction.Depression) };

        var bytes = FfpTableCodec.Serialize(table, 1);
        var status = FfpTableCodec.TryParse(bytes, 0, bytes.Length, out var parsed, out _, out var field);

        Assert.True(status == Edge.Shared.Protocol.StatusCode.Ok, $"{status} at {field}");
        Assert.Equal(table.Potentiation.WriteMillivolts, parsed.Potentiation.WriteMillivolts);
        Assert.Equal(table.Depression.StopMilliohms, parsed.Depression.StopMilliohms);
    }
}
