// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>Paper Fig. 2b: the wider the dynamic range of a 100-pulse run, the lower its cycle-to-cycle Pearson.</summary>
public sealed class PearsonTrendTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Mean_pearson_falls_as_dynamic_range_grows(bool potentiation)
    {
        MemristorCell cell = new MemristorArray(DeviceParameters.Paper, 1)[0];
        var ranges = new List<double>();
        var pearsons = new List<double>();
        foreach (double volts in DeviceExperiments.PaperVoltages)
        {
            (double range, double pearson) = DeviceExperiments.Characterise(cell, potentiation ? volts : -volts);
            ranges.Add(range);
            pearsons.Add(pearson);
        }

        double narrow = pearsons.Take(5).Average();
        double wide = pearsons.Skip(10).Average();
        Assert.InRange(narrow, 0.995, 1.0);
        Assert.True(wide < narrow - 0.01, $"wide-range mean Pearson {wide:F4} vs narrow {narrow:F4}");
        Assert.True(SpearmanRank(ranges, pearsons) < -0.6, $"rank correlation {SpearmanRank(ranges, pearsons):F2}");
    }

    private static double SpearmanRank(List<double> x, List<double> y) =>
        DeviceExperiments.Pearson(Ranks(x), Ranks(y));

    private static double[] Ranks(List<double> values)
    {
        int[] order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (int rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
