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
        var (centers, counts, width) = HistogramPlot.Count(values, values.Min(), values.Max(), bins);
        HistogramPlot.Add(plot, centers, counts, width);

        plot.Title($"{title} ({values.Count} cells)");
        plot.XLabel(xLabel);
        plot.YLabel("cells");
        return PlotFiles.Save(plot, pathWithoutExtension);
    }
}
