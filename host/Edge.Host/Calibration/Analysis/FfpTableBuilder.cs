// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Reads the FFP voltage table off a |dR| map (paper Fig. 3): for every resistance cell, the write voltage whose step
/// lands in the window (default 0.1-0.3 ohm), aiming for the window centre.
/// </summary>
public static class FfpTableBuilder
{
    /// <summary>
    /// Builds the table of <paramref name="map"/>'s direction.
    /// <para>
    /// Per cell, the bins with at least <see cref="FfpTableOptions.MinSamplesPerBin"/> pulses give points (V, step).
    /// The voltage is the lowest one at which the step reaches the window centre, interpolated between the two measured
    /// voltages around that crossing with log(step) linear in V. The lowest crossing is taken because a smaller
    /// voltage heats the device less (Joule heating causes the overshoots the paper reports). No extrapolation beyond
    /// the measured voltages: a cell where even the highest voltage stays below the window gets the highest voltage
    /// (<see cref="FfpCellIssueKind.TooWeak"/>), one where even the lowest steps above it gets the lowest
    /// (<see cref="FfpCellIssueKind.TooStrong"/>: on a saturating device this happens between the saturation bounds of
    /// two measured voltages, where only the stronger one ever got; guessing a lower voltage there could stall the loop,
    /// so the measured one is kept and the gap reported: measure more voltages to close it); cells without data take the nearest decided cell's voltage
    /// (<see cref="FfpCellIssueKind.NoData"/>). All three are reported, not hidden.
    /// </para>
    /// </summary>
    /// <exception cref="EdgeException">
    /// <see cref="ExitCode.DeviceLimit"/> when no cell at all can be put inside the window (no voltage gives a response
    /// in it anywhere); <see cref="ExitCode.BadInput"/> when a grid edge or voltage does not fit the table format.
    /// </exception>
    public static FfpTableResult Build(DeltaRMap map, FfpTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        options ??= new FfpTableOptions();
        options.Validate();
        var grid = map.Grid;
        var volts = new double?[grid.CellCount];
        var predicted = new double?[grid.CellCount];
        var kinds = new FfpCellIssueKind?[grid.CellCount];
        for (int c = 0; c < grid.CellCount; c++)
        {
            (volts[c], predicted[c], kinds[c]) = Decide(map, c, options);
        }

        if (kinds.All(k => k.HasValue))
        {
            throw new EdgeException(ExitCode.DeviceLimit, NoCoverageMessage(map, options, kinds));
        }

        FillNoData(volts);
        var chosen = volts.Select(v => v!.Value).ToArray();
        var issues = new List<FfpCellIssue>();
        for (int c = 0; c < grid.CellCount; c++)
        {
            if (kinds[c] is FfpCellIssueKind kind)
            {
                issues.Add(new FfpCellIssue(c, grid.EdgesOhms[c], grid.EdgesOhms[c + 1], kind, chosen[c]));
            }
        }

        var table = new FfpDirectionTable
        {
            Direction = map.Direction,
            PulseWidthMicroseconds = options.PulseWidthMicroseconds,
            StopMilliohms = Units.ToMilliohms(
                options.StopOhms ?? DefaultStopOhms(map.Direction, grid, kinds),
                $"{DirectionNames.Of(map.Direction)} FFP stop bound"),
            EdgesMilliohms = grid.ToMilliohms(),
            WriteMillivolts = chosen.Select((v, c) => Units.ToMillivolts(v, $"{DirectionNames.Of(map.Direction)} FFP cell {c}")).ToArray(),
        };
        return new FfpTableResult(table, grid, chosen, predicted, issues, Merge(issues), options);
    }

    private static (double? Volts, double? Step, FfpCellIssueKind? Issue) Decide(DeltaRMap map, int cell, FfpTableOptions options)
    {
        var points = new List<(double Volts, double Step)>();
        for (int v = 0; v < map.WriteVolts.Count; v++)
        {
            var bin = map[v, cell];
            if (bin.Count >= options.MinSamplesPerBin && bin.MedianStepOhms is double step)
            {
                points.Add((map.WriteVolts[v], Math.Max(step, 0)));
            }
        }

        if (points.Count == 0)
        {
            return (null, null, FfpCellIssueKind.NoData);
        }

        double target = options.TargetStepOhms;
        int first = points.FindIndex(p => p.Step >= target);
        if (first == 0)
        {
            var p = points[0];
            if (p.Step <= options.WindowHighOhms)
            {
                return (p.Volts, p.Step, null);
            }

            // Between two saturation bounds: the next lower voltage never got here, this one steps too far.
            return BetweenBounds(map, cell, p, options) is double between
                ? (between, target, null)
                : (p.Volts, p.Step, FfpCellIssueKind.TooStrong);
        }

        if (first > 0)
        {
            double interpolated = Interpolate(points[first - 1], points[first], target);
            double progress = BetweenBounds(map, cell, points[first], options) ?? interpolated;
            return (Math.Max(interpolated, progress), target, null);
        }

        var best = points.MaxBy(p => p.Step);
        if (best.Step >= options.WindowLowOhms)
        {
            return (best.Volts, best.Step, null);
        }

        // Every well-sampled voltage is too weak here (this cell lies near their bounds). A stronger voltage whose
        // sweeps ran through the cell (too fast to leave many samples) brackets the answer with the bound model.
        int passing = LowestPassing(map, cell);
        if (passing >= 0 && map[passing, cell].MedianStepOhms is double passingStep && passingStep > 0)
        {
            double? between = BetweenBounds(map, cell, (map.WriteVolts[passing], passingStep), options);
            return between is double v ? (v, target, null) : (map.WriteVolts[passing], passingStep, FfpCellIssueKind.TooWeak);
        }

        return (map.WriteVolts[^1], best.Step, FfpCellIssueKind.TooWeak);
    }

    /// <summary>The lowest voltage whose sweeps went past the cell's far edge (so it moves R through the cell), or -1.</summary>
    private static int LowestPassing(DeltaRMap map, int cell)
    {
        bool falling = map.Direction == Direction.Potentiation;
        double farEdge = falling ? map.Grid.EdgesOhms[cell] : map.Grid.EdgesOhms[cell + 1];
        for (int v = 0; v < map.WriteVolts.Count; v++)
        {
            bool passed = falling ? map.FurthestOhms[v] < farEdge : map.FurthestOhms[v] > farEdge;
            if (passed && map[v, cell].Count > 0)
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>
    /// The voltage between a responding one and the measured voltage below it whose saturation bound clears the cell's
    /// far edge by the target step, so the loop crosses the whole cell instead of stalling at a bound inside it.
    /// Identical-pulse curves saturate toward a voltage-dependent bound (paper Fig. 2a): each pulse moves R by a
    /// fraction k of its distance to the bound b(V). k is read off the responding voltage's median step in this cell,
    /// b(V) is interpolated linearly between the two voltages' furthest reads (<see cref="DeltaRMap.FurthestOhms"/>),
    /// and V is chosen so that k (far edge - b(V)) = target. Null when the two voltages do not bracket the cell.
    /// </summary>
    private static double? BetweenBounds(DeltaRMap map, int cell, (double Volts, double Step) responding, FfpTableOptions options)
    {
        int high = IndexOf(map.WriteVolts, responding.Volts);
        if (high <= 0 || !(responding.Step > 0))
        {
            return null;
        }

        int low = high - 1;
        bool falling = map.Direction == Direction.Potentiation;
        double sign = falling ? 1 : -1;
        double farEdge = falling ? map.Grid.EdgesOhms[cell] : map.Grid.EdgesOhms[cell + 1];
        double centre = map.Grid.CentreOhms(cell);
        double boundHigh = map.FurthestOhms[high];
        double boundLow = map.FurthestOhms[low];
        double distance = sign * (centre - boundHigh);
        if (!(distance > 0) || !(sign * (boundLow - boundHigh) > 0))
        {
            return null;
        }

        // One cell width of margin beyond the far edge: b(V) between two measured voltages is an estimate, and a
        // bound that lands inside the cell stalls the loop, while a slightly larger step only costs resolution.
        double rate = responding.Step / distance;
        double cellWidth = map.Grid.EdgesOhms[cell + 1] - map.Grid.EdgesOhms[cell];
        double wantedBound = farEdge - (sign * ((options.TargetStepOhms / rate) + cellWidth));
        double fraction = (boundLow - wantedBound) / (boundLow - boundHigh);
        if (!double.IsFinite(fraction) || fraction < 0 || fraction > 1)
        {
            // The wanted bound is not between the two voltages' bounds: they do not bracket the answer, and a clamped
            // voltage would be reported as reaching the target when it does not.
            return null;
        }

        return map.WriteVolts[low] + (fraction * (responding.Volts - map.WriteVolts[low]));
    }

    private static int IndexOf(IReadOnlyList<double> values, double value)
    {
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static double Interpolate((double Volts, double Step) below, (double Volts, double Step) above, double target)
    {
        // log(step) linear in V between two responding voltages: switching speed grows roughly exponentially with the
        // field, so steps spread over decades between 0.3 V and 7 V. A bin that did not move R (median step 0) has no
        // log; the step is then taken to rise linearly from 0.
        double fraction = below.Step > 0
            ? (Math.Log(target) - Math.Log(below.Step)) / (Math.Log(above.Step) - Math.Log(below.Step))
            : target / above.Step;
        return below.Volts + (fraction * (above.Volts - below.Volts));
    }

    private static void FillNoData(double?[] volts)
    {
        var decided = volts.ToArray();
        for (int c = 0; c < volts.Length; c++)
        {
            for (int distance = 1; !volts[c].HasValue; distance++)
            {
                // Prefer the lower neighbour on a tie: deterministic, and both are equally near.
                volts[c] = (c - distance >= 0 ? decided[c - distance] : null) ?? (c + distance < volts.Length ? decided[c + distance] : null);
            }
        }
    }

    internal static List<UncoveredRange> Merge(List<FfpCellIssue> issues)
    {
        var ranges = new List<UncoveredRange>();
        for (int i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            bool continues = i > 0 && issues[i - 1].Cell == issue.Cell - 1 && issues[i - 1].Kind == issue.Kind;
            if (continues)
            {
                ranges[^1] = ranges[^1] with { HighOhms = issue.HighOhms };
            }
            else
            {
                ranges.Add(new UncoveredRange(issue.LowOhms, issue.HighOhms, issue.Kind));
            }
        }

        return ranges;
    }

    private static double DefaultStopOhms(Direction direction, ResistanceGrid grid, FfpCellIssueKind?[] kinds)
    {
        // The far end of the covered range: beyond it the table cannot keep the step in the window, and the very end of
        // the measured range is an asymptote of the saturating sweeps that the loop might never reach.
        var covered = Enumerable.Range(0, kinds.Length).Where(c => !kinds[c].HasValue).ToList();
        return direction == Direction.Potentiation ? grid.EdgesOhms[covered[0]] : grid.EdgesOhms[covered[^1] + 1];
    }

    private static string NoCoverageMessage(DeltaRMap map, FfpTableOptions options, FfpCellIssueKind?[] kinds)
    {
        string window = $"{options.WindowLowOhms} .. {options.WindowHighOhms} ohm";
        string where = $"{DirectionNames.Of(map.Direction)}, {map.Grid.LowOhms:0.###} .. {map.Grid.HighOhms:0.###} ohm, voltages {map.WriteVolts[0]} .. {map.WriteVolts[^1]} V";
        if (kinds.All(k => k == FfpCellIssueKind.NoData))
        {
            return $"FFP table ({where}): no (voltage, resistance) bin has {options.MinSamplesPerBin} or more pulses; measure longer sweeps.";
        }

        int weak = kinds.Count(k => k == FfpCellIssueKind.TooWeak);
        int strong = kinds.Count(k => k == FfpCellIssueKind.TooStrong);
        return $"FFP table ({where}): no measured voltage gives a step inside the window {window} anywhere "
            + $"({weak} cells respond too weakly even at the highest voltage, {strong} too strongly even at the lowest). "
            + "Widen the window, or measure more voltages (higher for too weak, lower for too strong).";
    }
}
