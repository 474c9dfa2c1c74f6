// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Builds an FFP table from a <see cref="SaturationModel"/> on a fine resistance grid: per cell, the write voltage whose
/// expected step from the cell's far edge (in the programming direction) is the window centre, found by bisection over
/// the measured voltage range. The far edge, not the centre: the step only grows toward the near edge (by k w, inside
/// the window for cells as wide as the step), while the distance to the bound at the far edge is the margin that keeps
/// the loop from stalling in the cell when the bound is known only to ~0.1-0.3 ohm and thermal diffusion moves R by
/// ~0.1 ohm per 5 V pulse.
/// <para>
/// Why a fine grid: the table is piecewise constant, and at one voltage the step shrinks in proportion to the distance
/// to that voltage's bound. Across a cell of width w the step therefore changes by k(V) w, which is up to ~0.5 w on the
/// paper device (2 s pulses at 6-7 V). Cells as wide as the target step keep that change within the window; the
/// default 64-cell map grid (2.4 ohm cells) cannot.
/// </para>
/// </summary>
public static class FfpTableSolver
{
    /// <summary>
    /// A grid over [<paramref name="lowOhms"/>, <paramref name="highOhms"/>] whose cells are about
    /// <paramref name="cellOhms"/> wide (at most <see cref="FormatLimits.MaxGridCells"/> cells).
    /// </summary>
    public static ResistanceGrid FineGrid(double lowOhms, double highOhms, double cellOhms)
    {
        int cells = (int)Math.Clamp(Math.Ceiling((highOhms - lowOhms) / cellOhms), 1, FormatLimits.MaxGridCells);
        return ResistanceGrid.Uniform(lowOhms, highOhms, cells);
    }

    /// <summary>Builds the table of the model's direction on <paramref name="grid"/>.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.DeviceLimit"/> when no cell can be put in the window.</exception>
    public static FfpTableResult Build(SaturationModel model, ResistanceGrid grid, FfpTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int cells = grid.CellCount;
        var volts = new double[cells];
        var predicted = new double?[cells];
        var kinds = new FfpCellIssueKind?[cells];
        var solved = new bool[cells];
        double target = options.TargetStepOhms;
        for (int c = 0; c < cells; c++)
        {
            double r = grid.CentreOhms(c);
            double weakest = model.StepAt(r, model.MinVolts);
            double strongest = model.StepAt(r, model.MaxVolts);
            if (strongest < target)
            {
                volts[c] = model.MaxVolts;
                kinds[c] = strongest < options.WindowLowOhms ? FfpCellIssueKind.TooWeak : null;
            }
            else if (weakest > target)
            {
                volts[c] = model.MinVolts;
                kinds[c] = weakest > options.WindowHighOhms ? FfpCellIssueKind.TooStrong : null;
            }
            else
            {
                volts[c] = Bisect(model, r, target);
                solved[c] = true;
            }

            predicted[c] = model.StepAt(grid.CentreOhms(c), volts[c]);
        }

        if (!solved.Any(s => s) && kinds.All(k => k.HasValue))
        {
            throw new EdgeException(
                ExitCode.DeviceLimit,
                $"FFP table ({DirectionNames.Of(model.Direction)}, {grid.LowOhms:0.###} .. {grid.HighOhms:0.###} ohm, voltages {model.MinVolts} .. {model.MaxVolts} V): "
                + $"no voltage gives a step inside the window {options.WindowLowOhms} .. {options.WindowHighOhms} ohm anywhere. Widen the window, or measure more voltages.");
        }

        var issues = new List<FfpCellIssue>();
        for (int c = 0; c < cells; c++)
        {
            if (kinds[c] is FfpCellIssueKind kind)
            {
                issues.Add(new FfpCellIssue(c, grid.EdgesOhms[c], grid.EdgesOhms[c + 1], kind, volts[c]));
            }
        }

        var table = new FfpDirectionTable
        {
            Direction = model.Direction,
            PulseWidthMicroseconds = options.PulseWidthMicroseconds,
            StopMilliohms = Units.ToMilliohms(options.StopOhms ?? StopOhms(model.Direction, grid, solved, kinds), $"{DirectionNames.Of(model.Direction)} FFP stop bound"),
            EdgesMilliohms = grid.ToMilliohms(),
            WriteMillivolts = volts.Select((v, c) => Units.ToMillivolts(v, $"{DirectionNames.Of(model.Direction)} FFP cell {c}")).ToArray(),
        };
        return new FfpTableResult(table, grid, volts, predicted, issues, FfpTableResult.Merge(issues), options);
    }

    private static double Bisect(SaturationModel model, double resistanceOhms, double target)
    {
        // StepAt grows with V (a stronger pulse moves a larger fraction toward a further bound); 30 halvings of <= 7 V
        // are far below the 1 mV the table stores.
        double low = model.MinVolts;
        double high = model.MaxVolts;
        for (int i = 0; i < 30; i++)
        {
            double mid = 0.5 * (low + high);
            if (model.StepAt(resistanceOhms, mid) < target)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }

    private static double StopOhms(Direction direction, ResistanceGrid grid, bool[] solved, FfpCellIssueKind?[] kinds)
    {
        // The far end of the cells where the window centre is reachable: beyond it even the highest voltage steps less
        // than the target, and the loop would crawl toward that voltage's bound, which it may never reach. When no cell
        // reaches the centre, the far end of the covered cells.
        var far = Enumerable.Range(0, solved.Length).Where(c => solved[c]).ToList();
        if (far.Count == 0)
        {
            far = Enumerable.Range(0, kinds.Length).Where(c => !kinds[c].HasValue).ToList();
        }

        return direction == Direction.Potentiation ? grid.EdgesOhms[far[0]] : grid.EdgesOhms[far[^1] + 1];
    }
}
