// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>Builds |dR| maps from identical-pulse runs (paper Fig. 2c/2d).</summary>
public static class DeltaRMaps
{
    /// <summary>
    /// Bins every pulse of the <paramref name="direction"/> runs by the R it started from (the previous read; the
    /// initial read for pulse 1) and by its voltage, and takes the median and mean step per bin.
    /// </summary>
    /// <param name="traces">Identical-pulse runs; runs of the other direction are ignored.</param>
    /// <param name="direction">Which direction to map.</param>
    /// <param name="grid">Resistance cells, e.g. <see cref="ResistanceGrid.FromTraces"/> over both directions.</param>
    /// <exception cref="EdgeException"><see cref="ExitCode.BadInput"/> when no run of the direction exists or a read is bad.</exception>
    public static DeltaRMap Build(IEnumerable<SweepTrace> traces, Direction direction, ResistanceGrid grid)
    {
        ArgumentNullException.ThrowIfNull(traces);
        ArgumentNullException.ThrowIfNull(grid);
        var runs = traces.Where(t => t.Direction == direction).ToList();
        if (runs.Count == 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"no {DirectionNames.Of(direction)} sweep runs: the |dR| map needs at least one.");
        }

        var volts = runs.Select(t => t.WriteVolts).Distinct().Order().ToArray();
        var steps = new List<double>[volts.Length, grid.CellCount];
        bool falling = direction == Direction.Potentiation;
        var levelledOff = volts.Select(_ => new List<double>()).ToArray();
        int outside = 0;
        foreach (var run in runs)
        {
            SweepChecks.Check(run, $"{DirectionNames.Of(direction)} sweep at {run.WriteVolts} V");
            int v = Array.IndexOf(volts, run.WriteVolts);
            double before = run.InitialOhms;
            levelledOff[v].Add(LevelledOff(run.ResistancesOhms));
            foreach (double after in run.ResistancesOhms)
            {
                if (grid.TryFindCell(before, out int cell))
                {
                    (steps[v, cell] ??= new List<double>()).Add(falling ? before - after : after - before);
                }
                else
                {
                    outside++;
                }

                before = after;
            }
        }

        var cells = new DeltaRCell[volts.Length, grid.CellCount];
        for (int v = 0; v < volts.Length; v++)
        {
            for (int c = 0; c < grid.CellCount; c++)
            {
                cells[v, c] = Summarise(steps[v, c]);
            }
        }

        var furthest = levelledOff.Select(Median).ToArray();
        return new DeltaRMap(direction, grid, volts, furthest, cells, outside);
    }

    /// <summary>
    /// Where one run levelled off: the mean of its last tenth of reads. Not the extreme read: an overshoot or a noisy
    /// read would place the voltage's bound further than the device settles, and a table trusting it would stall.
    /// </summary>
    private static double LevelledOff(IReadOnlyList<double> reads)
    {
        int tail = Math.Max(1, reads.Count / 10);
        double sum = 0;
        for (int i = reads.Count - tail; i < reads.Count; i++)
        {
            sum += reads[i];
        }

        return sum / tail;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int n = values.Count;
        return (n % 2) == 1 ? values[n / 2] : 0.5 * (values[(n / 2) - 1] + values[n / 2]);
    }

    private static DeltaRCell Summarise(List<double>? steps)
    {
        if (steps is null || steps.Count == 0)
        {
            return new DeltaRCell(0, null, null);
        }

        steps.Sort();
        int n = steps.Count;
        double median = (n % 2) == 1 ? steps[n / 2] : 0.5 * (steps[(n / 2) - 1] + steps[n / 2]);
        return new DeltaRCell(n, median, steps.Average());
    }
}
