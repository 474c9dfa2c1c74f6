// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Reports;
using ScottPlot;

namespace Edge.Host.Calibration.Plots;

/// <summary>Paper Fig. 2c/2d: the |dR| map of one direction as a heatmap over R and Vw.</summary>
public static class DeltaRMapPlots
{
    /// <summary>
    /// Heatmap of log10 of the median step per (voltage, resistance cell); empty bins and bins that did not move R are
    /// left blank. Voltages are not evenly spaced (0.3 .. 7 V), so rows are drawn one per measured voltage and labelled.
    /// </summary>
    public static string Save(DeltaRMap map, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(map);
        int rows = map.WriteVolts.Count;
        int cells = map.Grid.CellCount;
        var intensities = new double[rows, cells];
        for (int v = 0; v < rows; v++)
        {
            for (int c = 0; c < cells; c++)
            {
                // Row 0 of a heatmap is drawn at the top: put the highest voltage there.
                var bin = map[rows - 1 - v, c];
                intensities[v, c] = bin.MedianStepOhms is double step && step > 0 ? Math.Log10(step) : double.NaN;
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(intensities);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        // ScottPlot centres cells on the extent's corners: give it the centres of the outer cells and rows.
        heatmap.Extent = new CoordinateRect(map.Grid.CentreOhms(0), map.Grid.CentreOhms(cells - 1), 0, rows - 1);
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "log10 |dR| (ohm)";
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, rows).Select(v => (double)v).ToArray(),
            map.WriteVolts.Select(v => v.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Title($"|dR| per pulse, {DirectionNames.Of(map.Direction)}");
        plot.XLabel("R before the pulse (ohm)");
        plot.YLabel("Vw (V)");
        return PlotFiles.Save(plot, pathWithoutExtension, 900, 600);
    }
}
