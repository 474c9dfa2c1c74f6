// SPDX-License-Identifier: MIT
using ScottPlot;

namespace Edge.Reports;

/// <summary>
/// Histogram bars the same way everywhere: one bar per bin, exactly as wide as the bin (touching, never
/// overlapping), and the count axis starting at zero (a count is never negative).
/// </summary>
public static class HistogramPlot
{
    /// <summary>Counts <paramref name="values"/> into <paramref name="bins"/> equal bins over [low, high] (values outside are dropped).</summary>
    public static (double[] Centers, double[] Counts, double Width) Count(IEnumerable<double> values, double low, double high, int bins)
    {
        ArgumentNullException.ThrowIfNull(values);
        double width = high > low ? (high - low) / bins : 1;
        var counts = new double[bins];
        foreach (double v in values)
        {
            if (v >= low && v <= high)
            {
                counts[Math.Min(bins - 1, (int)((v - low) / width))]++;
            }
        }

        return (Enumerable.Range(0, bins).Select(i => low + ((i + 0.5) * width)).ToArray(), counts, width);
    }

    /// <summary>Adds the bars to <paramref name="plot"/> and pins the count axis at zero.</summary>
    public static void Add(Plot plot, double[] centers, double[] counts, double width)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var bars = plot.Add.Bars(centers, counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = width;
            bar.LineWidth = 0;
        }

        plot.Axes.Margins(bottom: 0);
    }
}
