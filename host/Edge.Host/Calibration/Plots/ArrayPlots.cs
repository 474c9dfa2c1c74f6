// SPDX-License-Identifier: MIT
using Edge.Reports;
using ScottPlot;

namespace Edge.Host.Calibration.Plots;

/// <summary>Histograms of the array calibration: how the cells' HRS, LRS and rates spread.</summary>
public static class ArrayPlots
{
    /// <summary>A histogram of <paramref name="values"/> with <paramref name="bins"/> bins. Writes PNG + SVG; returns the PNG path.</summary>
    public static string SaveHistogram(IReadOnlyList<double> values, string title, string xLabel, string pathWithoutExtension, int bins = 30)
    {
        ArgumentNullException.ThrowIfNull(values);
        var plot = new Plot();
        double low = values.Min();
        double high = values.Max();
        double width = high > low ? (high - low) / bins : 1;
        var counts = new double[bins];
        foreach (double v in values)
        {
            counts[Math.Min(bins - 1, (int)((v - low) / width))]++;
        }

        var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(i => low + ((i + 0.5) * width)).ToArray(), counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = width * 0.95;
        }

        plot.Title($"{title} ({values.Count} cells)");
        plot.XLabel(xLabel);
        plot.YLabel("cells");
        return PlotFiles.Save(plot, pathWithoutExtension);
    }
}
