// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// What one FFP run on the board says about its table (Edge's refinement of the paper's one-shot table): where each
/// voltage really saturates, and whether the per-cell steps landed in the window.
/// </summary>
public static class FfpRefinement
{
    /// <summary>Most pulses one cell's observation counts as (a stall of 2000 pulses is one well-measured bound, not
    /// 2000 independent ones).</summary>
    public const int MaxWeight = 20;

    /// <summary>
    /// One bound observation per table cell the run pulsed from: for every pulse, <c>b = R - sign step / k(V)</c> with the
    /// model's k (the saturating step law solved for the bound), and per cell the median over its pulses, weighted by
    /// its pulse count up to <see cref="MaxWeight"/>: a stalled run measured its bound well, but must not outweigh the
    /// rest of the trace.
    /// </summary>
    public static IReadOnlyList<BoundObservation> Observe(FfpTrace trace, SaturationModel model, ResistanceGrid tableGrid)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tableGrid);
        var perCell = new SortedDictionary<int, (double Volts, List<double> Bounds)>();
        for (int i = 0; i < trace.WriteVolts.Count; i++)
        {
            double before = trace.ResistancesOhms[i];
            double step = model.Sign * (before - trace.ResistancesOhms[i + 1]);
            double volts = trace.WriteVolts[i];
            if (!tableGrid.TryFindCell(before, out int cell))
            {
                continue;
            }

            if (!perCell.TryGetValue(cell, out var entry))
            {
                entry = (volts, new List<double>());
                perCell[cell] = entry;
            }

            entry.Bounds.Add(before - (model.Sign * step / model.RateAt(volts)));
        }

        return perCell.Values.Select(e => new BoundObservation(e.Volts, Median(e.Bounds), Math.Min(e.Bounds.Count, MaxWeight))).ToList();
    }

    /// <summary>
    /// Step statistics of one run over <paramref name="grid"/> (e.g. the 64-cell map grid, ~12 pulses per cell on the
    /// paper device): the median step of every cell the run pulsed from at least <paramref name="minPulses"/> times, and
    /// how many of those medians lie inside the window.
    /// </summary>
    public static FfpStepStatistics Statistics(FfpTrace trace, ResistanceGrid grid, double windowLowOhms, double windowHighOhms, bool reachedStop, int minPulses = 3)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(grid);
        double sign = trace.Direction == Direction.Potentiation ? 1 : -1;
        var steps = new List<double>();
        var perCell = new Dictionary<int, List<double>>();
        for (int i = 0; i < trace.WriteVolts.Count; i++)
        {
            double step = sign * (trace.ResistancesOhms[i] - trace.ResistancesOhms[i + 1]);
            steps.Add(step);
            if (grid.TryFindCell(trace.ResistancesOhms[i], out int cell))
            {
                (perCell.TryGetValue(cell, out var list) ? list : perCell[cell] = new List<double>()).Add(step);
            }
        }

        var medians = perCell.Values.Where(l => l.Count >= minPulses).Select(Median).ToList();
        int inWindow = medians.Count(m => m >= windowLowOhms && m <= windowHighOhms);
        return new FfpStepStatistics(
            trace.Direction,
            trace.WriteVolts.Count,
            reachedStop,
            steps.Count > 0 ? Median(steps) : 0,
            medians.Count,
            inWindow,
            medians.Count(m => m < windowLowOhms),
            medians.Count(m => m > windowHighOhms));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        int n = sorted.Length;
        return (n % 2) == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
    }
}

/// <summary>Step statistics of one FFP run.</summary>
/// <param name="Direction">Programming direction.</param>
/// <param name="Pulses">Pulse events of the run.</param>
/// <param name="ReachedStop">False when the run ended at the pulse limit (the loop stalled or crawled).</param>
/// <param name="MedianStepOhms">Median step over all pulse events, ohm (positive in the programming direction).</param>
/// <param name="CellsJudged">Grid cells with enough pulses to judge their median step.</param>
/// <param name="CellsInWindow">Of those, cells whose median step lies inside the window.</param>
/// <param name="CellsBelow">Cells whose median step is below the window (crawling).</param>
/// <param name="CellsAbove">Cells whose median step is above the window (too coarse).</param>
public sealed record FfpStepStatistics(
    Direction Direction, int Pulses, bool ReachedStop, double MedianStepOhms, int CellsJudged, int CellsInWindow, int CellsBelow, int CellsAbove)
{
    /// <summary>Fraction of judged cells inside the window (0 when none was judged).</summary>
    public double FractionInWindow => CellsJudged == 0 ? 0 : (double)CellsInWindow / CellsJudged;
}
