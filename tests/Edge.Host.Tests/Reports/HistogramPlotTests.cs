// SPDX-License-Identifier: MIT
using Edge.Reports;
using ScottPlot;
using Xunit;

namespace Edge.Host.Tests.Reports;

public sealed class HistogramPlotTests
{
    [Fact]
    public void Bars_are_as_wide_as_their_bins_and_the_count_axis_starts_at_zero()
    {
        var random = new Random(3);
        var errors = Enumerable.Range(0, 20000).Select(_ => (random.NextDouble() - 0.5) * 0.6).ToList();
        var (centers, counts, width) = HistogramPlot.Count(errors, -0.3, 0.3, 6);
        Assert.Equal(20000, counts.Sum());
        Assert.Equal(0.1, width, 12);
        Assert.Equal(-0.25, centers[0], 12);

        var plot = new Plot();
        HistogramPlot.Add(plot, centers, counts, width);
        plot.GetImage(400, 300);
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.All(bars, b => Assert.Equal(width, b.Size, 12));
        Assert.Equal(0, plot.Axes.GetLimits().Bottom, 9);
    }
}
