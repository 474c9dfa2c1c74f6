// SPDX-License-Identifier: MIT
using Edge.Simulation.Reports;
using ScottPlot;
using Xunit;

namespace Edge.Simulation.Tests.Reports;

public sealed class TransferReportTests
{
    [Fact]
    public void Accuracy_vs_bits_ticks_only_the_whole_bit_counts_simulated()
    {
        double[] bits = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        var plot = new Plot();
        plot.Add.Scatter(bits, bits.Select(b => 90 + b).ToArray());
        var ticks = TransferReport.BitTicks([.. bits, 4]);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.GetImage(800, 600);
        var majors = ticks.Ticks.Where(t => t.IsMajor).ToList();
        Assert.Equal(bits, majors.Select(t => t.Position));
        Assert.Equal(bits.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)), majors.Select(t => t.Label));
    }
}
