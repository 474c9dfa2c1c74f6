// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public class FfpTableBuilderTests
{
    [Fact]
    public void Interpolates_log_step_linearly_in_voltage_to_the_window_centre()
    {
        // Constant steps: 0.05 ohm at 1 V, 0.8 ohm at 2 V. log-linear: V = 1 + ln(0.2/0.05)/ln(0.8/0.05) = 1.5 V exactly.
        var traces = new[] { ConstantSteps(1.0, 0.05, 200), ConstantSteps(2.0, 0.8, 20) };
        var grid = ResistanceGrid.Uniform(100, 105, 5);
        var map = DeltaRMaps.Build(traces, Direction.Depression, grid);

        var result = FfpTableBuilder.Build(map, new FfpTableOptions { MinSamplesPerBin = 1 });

        Assert.All(result.CellVolts, v => Assert.Equal(1.5, v, 12));
        Assert.All(result.Table.WriteMillivolts, mv => Assert.Equal(1500, mv));
        Assert.Empty(result.Issues);
        Assert.Equal(new uint[] { 100000, 101000, 102000, 103000, 104000, 105000 }, result.Table.EdgesMilliohms);
        Assert.Equal(105000u, result.Table.StopMilliohms);
        Assert.Equal(800000u, result.Table.PulseWidthMicroseconds);
        Assert.Equal(Direction.Depression, result.Table.Direction);
        Assert.Equal(104500u, FfpTableBuilder.Build(map, new FfpTableOptions { MinSamplesPerBin = 1, StopOhms = 104.5 }).Table.StopMilliohms);
    }

    [Theory]
    [InlineData(Direction.Potentiation)]
    [InlineData(Direction.Depression)]
    public void Every_covered_cell_steps_inside_the_window_on_the_paper_device(Direction direction)
    {
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps(SyntheticDevice.DenseVolts);
        var grid = ResistanceGrid.FromTraces(traces);
        var map = DeltaRMaps.Build(traces, direction, grid);

        var result = FfpTableBuilder.Build(map);

        Assert.True(result.CoveredCellCount >= 0.9 * grid.CellCount, $"{result.CoveredCellCount} of {grid.CellCount} covered");
        for (int c = 0; c < grid.CellCount; c++)
        {
            if (result.Issues.Any(i => i.Cell == c))
            {
                continue;
            }

            double step = device.Step(direction, grid.CentreOhms(c), result.Table.WriteMillivolts[c] / 1000.0);
            Assert.InRange(step, 0.1, 0.3);
        }

        // Near the saturated end even 7 V barely moves the device: reported, given the highest voltage.
        Assert.All(result.Issues.Where(i => i.Kind == FfpCellIssueKind.TooWeak), i => Assert.Equal(7.0, i.ChosenVolts));
        Assert.All(result.Table.WriteMillivolts, mv => Assert.InRange(mv, (ushort)300, (ushort)7000));
    }

    [Fact]
    public void Works_for_any_window_deriving_the_grid_from_the_measured_range()
    {
        var device = new SyntheticDevice(1500, 2000);
        var traces = device.Sweeps(SyntheticDevice.DenseVolts);
        var grid = ResistanceGrid.FromTraces(traces, 128);
        var map = DeltaRMaps.Build(traces, Direction.Potentiation, grid);

        var result = FfpTableBuilder.Build(map, new FfpTableOptions { WindowLowOhms = 1.0, WindowHighOhms = 3.0 });

        Assert.InRange(result.Table.EdgesMilliohms[0], 1_500_000u, 1_510_000u);
        Assert.Equal(2_000_000u, result.Table.EdgesMilliohms[^1]);
        int lowestCovered = Enumerable.Range(0, grid.CellCount).First(c => result.Issues.All(i => i.Cell != c));
        Assert.Equal(result.Table.EdgesMilliohms[lowestCovered], result.Table.StopMilliohms);
        Assert.True(result.CoveredCellCount > 110, $"{result.CoveredCellCount} of 128 covered");
        Assert.InRange(device.Step(Direction.Potentiation, grid.CentreOhms(lowestCovered), result.CellVolts[lowestCovered]), 1.0, 3.0);
    }

    [Fact]
    public void Gaps_between_sparse_voltages_are_reported_as_merged_ranges()
    {
        // With the paper's 15 voltages the saturation bounds of neighbouring voltages lie several ohms apart; between
        // them only the stronger voltage ever got, and it steps too far.
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps();
        var map = DeltaRMaps.Build(traces, Direction.Potentiation, ResistanceGrid.FromTraces(traces));

        var result = FfpTableBuilder.Build(map);

        Assert.Contains(result.Issues, i => i.Kind == FfpCellIssueKind.TooStrong);
        Assert.Equal(result.Issues.Count, result.Grid.CellCount - result.CoveredCellCount);
        Assert.All(result.UncoveredRanges, r => Assert.True(r.HighOhms > r.LowOhms));
        Assert.True(result.UncoveredRanges.Count < result.Issues.Count, "adjacent cells are merged");
        foreach (var issue in result.Issues.Where(i => i.Kind == FfpCellIssueKind.TooStrong))
        {
            // The lowest voltage measured in the cell is kept: it is the gentlest that is known to move R there.
            int lowest = Enumerable.Range(0, map.WriteVolts.Count).First(v => map[v, issue.Cell].Count >= 3);
            Assert.Equal(map.WriteVolts[lowest], issue.ChosenVolts);
            Assert.True(map[lowest, issue.Cell].MedianStepOhms > 0.3);
        }
    }

    [Fact]
    public void No_response_in_the_window_anywhere_is_a_device_limit()
    {
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps();
        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.FromTraces(traces));

        var ex = Assert.Throws<EdgeException>(() => FfpTableBuilder.Build(map, new FfpTableOptions { WindowLowOhms = 500, WindowHighOhms = 600 }));

        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("depression", ex.Message, StringComparison.Ordinal);
        Assert.Contains("500 .. 600 ohm", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_stepping_too_far_even_at_the_lowest_voltage_is_a_device_limit()
    {
        var traces = new[] { ConstantSteps(0.3, 2.0, 50), ConstantSteps(1.0, 4.0, 50) };
        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.Uniform(100, 190, 9));

        var ex = Assert.Throws<EdgeException>(() => FfpTableBuilder.Build(map, new FfpTableOptions { MinSamplesPerBin = 1 }));

        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("too strongly", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_round_trips_through_the_shared_codec()
    {
        var device = new SyntheticDevice(740, 880);
        var traces = device.Sweeps();
        var grid = ResistanceGrid.FromTraces(traces);
        var table = new FfpTable
        {
            DeviceId = 7,
            CalibrationId = 9,
            Potentiation = FfpTableBuilder.Build(DeltaRMaps.Build(traces, Direction.Potentiation, grid)).Table,
            Depression = FfpTableBuilder.Build(DeltaRMaps.Build(traces, Direction.Depression, grid)).Table,
        };

        var bytes = FfpTableCodec.Serialize(table, 1);
        var status = FfpTableCodec.TryParse(bytes, 0, bytes.Length, out var parsed, out _, out var field);

        Assert.True(status == Edge.Shared.Protocol.StatusCode.Ok, $"{status} at {field}");
        Assert.Equal(table.Potentiation.WriteMillivolts, parsed.Potentiation.WriteMillivolts);
        Assert.Equal(table.Depression.StopMilliohms, parsed.Depression.StopMilliohms);
    }

    private static SweepTrace ConstantSteps(double volts, double stepOhms, int pulses)
        => new(Direction.Depression, volts, 0, 100.0, Enumerable.Range(1, pulses).Select(i => 100.0 + (i * stepOhms)).ToArray());
}
