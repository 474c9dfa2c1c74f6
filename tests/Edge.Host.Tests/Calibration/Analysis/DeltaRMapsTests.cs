// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public sealed class DeltaRMapsTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "edge-dr-maps-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Steps_are_binned_by_the_resistance_before_the_pulse_and_counted_in_the_programming_direction()
    {
        // Potentiation from 10 ohm: steps 1, 1.5, then a noise read going back up by 0.5, then 1.5.
        var trace = new SweepTrace(Direction.Potentiation, 1.0, 0, 10.0, new[] { 9.0, 7.5, 8.0, 6.5 });
        var map = DeltaRMaps.Build(new[] { trace }, Direction.Potentiation, ResistanceGrid.Uniform(6, 10, 2));

        // Cell [6, 8): the pulse from 7.5 (step -0.5). Cell [8, 10]: pulses from 10, 9, 8 (steps 1, 1.5, 1.5).
        Assert.Equal(new DeltaRCell(1, -0.5, -0.5), map[0, 0]);
        Assert.Equal(3, map[0, 1].Count);
        Assert.Equal(1.5, map[0, 1].MedianStepOhms);
        Assert.Equal(4.0 / 3.0, map[0, 1].MeanStepOhms!.Value, 12);
        Assert.Equal(0, map.PulsesOutsideGrid);
    }

    [Fact]
    public void Voltages_are_sorted_and_runs_of_the_other_direction_ignored()
    {
        var traces = new[]
        {
            new SweepTrace(Direction.Depression, 2.0, 0, 5.0, new[] { 6.0 }),
            new SweepTrace(Direction.Depression, 0.5, 0, 5.0, new[] { 5.5 }),
            new SweepTrace(Direction.Potentiation, 7.0, 0, 9.0, new[] { 5.0 }),
        };

        var map = DeltaRMaps.Build(traces, Direction.Depression, ResistanceGrid.Uniform(5, 9, 1));

        Assert.Equal(new[] { 0.5, 2.0 }, map.WriteVolts);
        Assert.Equal(0.5, map[0, 0].MedianStepOhms);
        Assert.Equal(1.0, map[1, 0].MedianStepOhms);
    }

    [Fact]
    public void Csv_holds_one_row_per_voltage_and_cell_with_empty_values_for_empty_bins()
    {
        var trace = new SweepTrace(Direction.Depression, 1.5, 0, 1.0, new[] { 1.25 });
        var map = DeltaRMaps.Build(new[] { trace }, Direction.Depression, ResistanceGrid.Uniform(1, 3, 2));
        string path = Path.Combine(directory, "dr.csv");

        DeltaRMapCsv.Write(path, new[] { map });

        Assert.Equal(
            new[] { DeltaRMapCsv.Header, "depression,1,2,1.5,1,0.25,0.25", "depression,2,3,1.5,0,," },
            File.ReadAllLines(path));
    }

    [Fact]
    public void Grid_from_traces_spans_every_read_including_the_initial_one()
    {
        var traces = new SyntheticDevice(740, 880).Sweeps(repetitions: 1, pulses: 10);

        var grid = ResistanceGrid.FromTraces(traces, 10);

        Assert.Equal(740.0, grid.LowOhms);
        Assert.Equal(880.0, grid.HighOhms);
        Assert.Equal(10, grid.CellCount);
        Assert.True(grid.TryFindCell(880.0, out int top));
        Assert.Equal(9, top);
        Assert.False(grid.TryFindCell(739.9, out _));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
