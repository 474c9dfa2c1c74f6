// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public sealed class SaturationModelTests
{
    private static readonly SyntheticDevice Device = new(740, 880);
    private static readonly FfpTableOptions Options = new();

    [Theory]
    [InlineData(Direction.Potentiation)]
    [InlineData(Direction.Depression)]
    public void The_fit_recovers_rate_and_bound_at_every_measured_voltage(Direction direction)
    {
        var model = SaturationModel.Fit(Device.Sweeps(), direction);

        foreach (double v in SyntheticDevice.PaperVolts)
        {
            double start = direction == Direction.Potentiation ? 880 : 740;
            double bound = start - (model.Sign * Device.Step(direction, start, v) / Rate(v));
            Assert.Equal(Rate(v), model.RateAt(v), 6);
            Assert.Equal(bound, model.BoundAt(v), 4);
        }
    }

    [Fact]
    public void Between_sweep_voltages_the_bound_is_monotone_and_close()
    {
        var model = SaturationModel.Fit(Device.Sweeps(), Direction.Potentiation);

        double previous = double.PositiveInfinity;
        for (double v = 0.3; v <= 7.0; v += 0.01)
        {
            double b = model.BoundAt(v);
            Assert.True(b <= previous + 1e-9, $"b({v:F2} V) = {b} rises above {previous}");
            previous = b;
            double truth = 880 - (Device.Step(Direction.Potentiation, 880, v) / Rate(v));
            Assert.True(Math.Abs(b - truth) < 1.5, $"b({v:F2} V) = {b:F2}, true {truth:F2}");
        }
    }

    [Fact]
    public void The_fine_table_puts_the_true_step_in_the_window_almost_everywhere()
    {
        var traces = Device.Sweeps();
        var model = SaturationModel.Fit(traces, Direction.Potentiation);
        var grid = FfpTableSolver.FineGrid(740, 880, Options.TargetStepOhms);

        var result = FfpTableSolver.Build(model, grid, Options);

        Assert.Equal(700, grid.CellCount);
        Assert.True(InWindow(result) > 0.9, $"{InWindow(result):P0} of cells in the window");
        Assert.All(result.CellVolts, v => Assert.InRange(v, 0.3, 7.0));
    }

    [Fact]
    public void Refinement_from_ffp_runs_fixes_a_table_built_from_sparse_voltages()
    {
        // Three sweep voltages: the bound curve between them is a guess, and the first table is off in most cells.
        var traces = Device.Sweeps([0.3, 2.0, 7.0]);
        var model = SaturationModel.Fit(traces, Direction.Potentiation);
        var grid = FfpTableSolver.FineGrid(740, 880, Options.TargetStepOhms);
        var first = FfpTableSolver.Build(model, grid, Options);
        var table = first;
        for (int round = 0; round < 3; round++)
        {
            model = model.WithObservations(FfpRefinement.Observe(Loop(table), model, grid));
            table = FfpTableSolver.Build(model, grid, Options);
        }

        Assert.True(InWindow(first) < 0.7, $"first table: {InWindow(first):P0} in the window");
        Assert.True(InWindow(table) > 0.9, $"refined table: {InWindow(table):P0} in the window (first {InWindow(first):P0})");
        Assert.True(model.Observations.Count > 500);
    }

    [Fact]
    public void A_stalled_run_is_weighted_by_its_pulses()
    {
        var trace = new FfpTrace(Direction.Potentiation, [99.95, 99.9, 99.9, 99.9, 99.9], [1.0, 1.0, 1.0, 1.0]);
        var model = SaturationModel.Fit(Device.Sweeps(), Direction.Potentiation);

        var observations = FfpRefinement.Observe(trace, model, ResistanceGrid.Uniform(99, 101, 2));

        var single = Assert.Single(observations);
        Assert.Equal(4, single.Weight);
        Assert.Equal(1.0, single.WriteVolts);
        Assert.InRange(single.BoundOhms, 99.8, 99.9);
    }

    [Fact]
    public void Sweeps_that_never_move_are_a_device_limit()
    {
        var flat = new[] { 0.5, 2.0 }.SelectMany(v => Enumerable.Range(1, 2).Select(r =>
            new SweepTrace(Direction.Depression, v, r, 800, Enumerable.Repeat(800.0, 50).ToArray()))).ToList();

        var ex = Assert.Throws<EdgeException>(() => SaturationModel.Fit(flat, Direction.Depression));

        Assert.Equal(ExitCode.DeviceLimit, ex.ExitCode);
        Assert.Contains("depression", ex.Message, StringComparison.Ordinal);
    }

    private static double Rate(double volts) => 0.01 + (0.005 * volts);

    /// <summary>Fraction of cells (those a potentiation loop crosses, 745-875 ohm) whose true step from the centre at
    /// the table's voltage lies in the window.</summary>
    private static double InWindow(FfpTableResult table)
    {
        var cells = Enumerable.Range(0, table.Grid.CellCount).Where(c => table.Grid.CentreOhms(c) is > 745 and < 875).ToList();
        return cells.Count(c => Device.Step(Direction.Potentiation, table.Grid.CentreOhms(c), table.CellVolts[c]) is >= 0.1 and <= 0.3) / (double)cells.Count;
    }

    /// <summary>The board's FFP loop on the synthetic device: read, look the voltage up, pulse, until the stop bound
    /// or 2048 pulses.</summary>
    private static FfpTrace Loop(FfpTableResult table)
    {
        var reads = new List<double> { 880 };
        var volts = new List<double>();
        double r = 880;
        while (volts.Count < 2048 && r > table.Table.StopMilliohms / 1000.0)
        {
            double v = Math.Abs(table.Table.LookupMillivolts((uint)Math.Round(r * 1000))) / 1000.0;
            r = Device.Apply(Direction.Potentiation, r, v);
            volts.Add(v);
            reads.Add(r);
        }

        return new FfpTrace(Direction.Potentiation, reads, volts);
    }
}
