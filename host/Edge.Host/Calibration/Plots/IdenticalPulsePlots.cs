// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Reports;
using Edge.Shared.Formats;
using ScottPlot;

namespace Edge.Host.Calibration.Plots;

/// <summary>Paper Fig. 2a (identical-pulse curves) and 2b (endurance against dynamic range).</summary>
public static class IdenticalPulsePlots
{
    /// <summary>
    /// Fig. 2a: R against pulse number for every run of <paramref name="direction"/>, one colour per write voltage
    /// (pulse 0 is the initial read). Writes PNG + SVG; returns the PNG path.
    /// </summary>
    public static string SaveCurves(IEnumerable<SweepTrace> traces, Direction direction, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var runs = traces.Where(t => t.Direction == direction).OrderBy(t => t.WriteVolts).ThenBy(t => t.Repetition).ToList();
        var volts = runs.Select(t => t.WriteVolts).Distinct().ToList();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category20();
        foreach (var run in runs)
        {
            var ys = new[] { run.InitialOhms }.Concat(run.ResistancesOhms).ToArray();
            var line = plot.Add.Scatter(Enumerable.Range(0, ys.Length).Select(i => (double)i).ToArray(), ys);
            line.MarkerSize = 0;
            line.LineWidth = 1;
            line.Color = palette.GetColor(volts.IndexOf(run.WriteVolts));
            if (run == runs.First(r => r.WriteVolts == run.WriteVolts))
            {
                line.LegendText = $"{run.WriteVolts:0.0#} V";
            }
        }

        plot.Title($"Identical pulses, {DirectionNames.Of(direction)}");
        plot.XLabel("pulse number");
        plot.YLabel("R (ohm)");
        plot.ShowLegend(ScottPlot.Edge.Right);
        return PlotFiles.Save(plot, pathWithoutExtension, 900, 600);
    }

    /// <summary>Fig. 2b: mean Pearson to the last repetition against dynamic range, one series per direction.</summary>
    public static string SaveEndurance(IReadOnlyList<EnduranceEntry> entries, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var plot = new Plot();
        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            var points = entries.Where(e => e.Direction == direction && e.MeanPearson.HasValue).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var series = plot.Add.ScatterPoints(points.Select(p => p.DynamicRangeOhms).ToArray(), points.Select(p => p.MeanPearson!.Value).ToArray());
            series.MarkerSize = 8;
            series.LegendText = DirectionNames.Of(direction);
        }

        plot.Title("Cycle-to-cycle endurance");
        plot.XLabel("dynamic range R_max - R_min (ohm)");
        plot.YLabel("mean Pearson to last repetition");
        plot.ShowLegend();
        return PlotFiles.Save(plot, pathWithoutExtension);
    }
}
