// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Reports;
using Edge.Shared.Formats;
using ScottPlot;

namespace Edge.Host.Calibration.Plots;

/// <summary>Paper Fig. 3: the FFP voltage tables, FFP traces with their voltages, and the segmentation of a trace.</summary>
public static class FfpPlots
{
    /// <summary>Fig. 3 (table): Vw(R) of each table as a step line over its grid, uncovered cells marked in red.</summary>
    public static string SaveTables(IReadOnlyList<FfpTableResult> tables, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var plot = new Plot();
        foreach (var table in tables)
        {
            var xs = table.Grid.EdgesOhms.ToArray();
            var ys = table.CellVolts.Append(table.CellVolts[^1]).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LegendText = DirectionNames.Of(table.Direction);
            if (table.Issues.Count > 0)
            {
                var marks = plot.Add.ScatterPoints(
                    table.Issues.Select(i => 0.5 * (i.LowOhms + i.HighOhms)).ToArray(), table.Issues.Select(i => i.ChosenVolts).ToArray());
                marks.Color = Colors.Red;
                marks.MarkerSize = 5;
                marks.LegendText = $"{DirectionNames.Of(table.Direction)}: outside window";
            }
        }

        plot.Title("FFP voltage tables");
        plot.XLabel("R (ohm)");
        plot.YLabel("Vw (V)");
        // Beside the axes: the step lines span the whole resistance range, so any corner inside would hide one.
        plot.ShowLegend(ScottPlot.Edge.Right);
        return PlotFiles.Save(plot, pathWithoutExtension);
    }

    /// <summary>Fig. 3b/3c: R against pulse event (left axis) and the voltage of each event (right axis).</summary>
    public static string SaveTrace(FfpTrace trace, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var plot = new Plot();
        var r = plot.Add.Scatter(Enumerable.Range(0, trace.ResistancesOhms.Count).Select(i => (double)i).ToArray(), trace.ResistancesOhms.ToArray());
        r.MarkerSize = 0;
        r.LegendText = "R";
        var v = plot.Add.ScatterPoints(Enumerable.Range(0, trace.WriteVolts.Count).Select(i => (double)i).ToArray(), trace.WriteVolts.ToArray());
        v.MarkerSize = 3;
        v.Color = Colors.OrangeRed;
        v.LegendText = "Vw";
        v.Axes.YAxis = plot.Axes.Right;
        plot.Title($"FFP run, {DirectionNames.Of(trace.Direction)} ({trace.WriteVolts.Count} pulse events)");
        plot.XLabel("pulse event");
        plot.YLabel("R (ohm)");
        plot.Axes.Right.Label.Text = "Vw (V)";
        plot.ShowLegend();
        return PlotFiles.Save(plot, pathWithoutExtension, 900, 600);
    }

    /// <summary>Fig. 3d: the FFP trace with the reached level of every occupied level marked at its pulse event.</summary>
    public static string SaveSegmentation(FfpTrace trace, SegmentationResult segmentation, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(segmentation);
        var plot = new Plot();
        var line = plot.Add.Scatter(Enumerable.Range(0, trace.ResistancesOhms.Count).Select(i => (double)i).ToArray(), trace.ResistancesOhms.ToArray());
        line.MarkerSize = 0;
        line.LegendText = "R_FF";
        var occupied = Enumerable.Range(0, segmentation.Levels).Where(k => segmentation.Occupied[k]).ToList();
        var levels = plot.Add.ScatterPoints(
            occupied.Select(k => (double)segmentation.EventIndices[k]).ToArray(), occupied.Select(k => segmentation.ReachedOhms[k]).ToArray());
        levels.MarkerSize = 6;
        levels.Color = Colors.Red;
        levels.LegendText = $"r_a,k ({segmentation.OccupiedCount} of {segmentation.Levels} levels)";
        plot.Title($"Segmentation, n = {segmentation.Levels}, {DirectionNames.Of(segmentation.Direction)}");
        plot.XLabel("pulse event");
        plot.YLabel("R (ohm)");
        plot.ShowLegend();
        return PlotFiles.Save(plot, pathWithoutExtension);
    }
}
