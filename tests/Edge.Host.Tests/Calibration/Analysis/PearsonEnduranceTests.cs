// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public class PearsonEnduranceTests
{
    [Fact]
    public void Pearson_matches_numpy_on_a_small_pair()
    {
        Assert.True(PearsonEndurance.TryPearson(new double[] { 1, 2, 3, 4, 5 }, new double[] { 2, 4, 5, 4, 5 }, out double rho));

        // numpy 1.24.2: np.corrcoef([1,2,3,4,5],[2,4,5,4,5])[0,1]
        Assert.Equal(0.7745966692414834, rho, 14);
    }

    [Fact]
    public void Pearson_is_undefined_for_a_constant_array()
    {
        Assert.False(PearsonEndurance.TryPearson(new double[] { 800, 800, 800 }, new double[] { 1, 2, 3 }, out _));
    }

    [Theory]
    // numpy 1.24.2: np.corrcoef(last, rep_i)[0,1] for rep(r, amp, i) = 880 - amp(1 - exp(-i/30)) + 0.3 sin(7i + 1.3r)
    // + 0.05r, i = 1..100, r = 0..4; range = mean over r of max - min including i = 0 (the initial read).
    [InlineData(2.0, 0.9227588276205966, 0.7457226865952589, 0.72182512371547, 0.8906299998737246, 0.8202341594512625, 2.339443510137653)]
    [InlineData(20.0, 0.9990738200904513, 0.9969963769241221, 0.9967422495066884, 0.9987076397131113, 0.9978800215585933, 19.488009741335553)]
    public void Analyse_matches_numpy_on_five_repetitions(
        double amplitude, double p0, double p1, double p2, double p3, double mean, double rangeOhms)
    {
        var traces = Enumerable.Range(0, 5)
            .Select(r => new SweepTrace(Direction.Potentiation, 0.5, r, Model(r, amplitude, 0), Enumerable.Range(1, 100).Select(i => Model(r, amplitude, i)).ToArray()))
            .Reverse()
            .ToList();

        var entry = Assert.Single(PearsonEndurance.Analyse(traces));

        Assert.Equal(5, entry.Repetitions);
        Assert.Equal(new[] { p0, p1, p2, p3 }, entry.PearsonToLast.Select(p => Math.Round(p!.Value, 12)), new RoundedComparer());
        Assert.Equal(mean, entry.MeanPearson!.Value, 12);
        Assert.Equal(rangeOhms, entry.DynamicRangeOhms, 10);
    }

    [Fact]
    public void A_larger_swing_gives_a_larger_dynamic_range_per_condition()
    {
        var traces = new[] { 2.0, 20.0 }
            .SelectMany(a => Enumerable.Range(0, 3).Select(r => new SweepTrace(Direction.Depression, a / 10, r, Model(r, a, 0), Enumerable.Range(1, 100).Select(i => Model(r, a, i)).ToArray())))
            .ToList();

        var entries = PearsonEndurance.Analyse(traces);

        Assert.Equal(new[] { 0.2, 2.0 }, entries.Select(e => e.WriteVolts));
        Assert.True(entries[1].DynamicRangeOhms > 5 * entries[0].DynamicRangeOhms);
    }

    [Fact]
    public void Repetitions_of_different_length_are_bad_input_naming_the_condition()
    {
        var traces = new[]
        {
            new SweepTrace(Direction.Potentiation, 1.0, 0, 880, new double[] { 879, 878, 877 }),
            new SweepTrace(Direction.Potentiation, 1.0, 1, 880, new double[] { 879, 878 }),
        };

        var ex = Assert.Throws<EdgeException>(() => PearsonEndurance.Analyse(traces));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("potentiation sweep at 1 V", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_voltage_that_never_moves_R_has_no_mean_pearson_rather_than_NaN()
    {
        var traces = Enumerable.Range(0, 3).Select(r => new SweepTrace(Direction.Potentiation, 0.3, r, 880, Enumerable.Repeat(880.0, 100).ToArray()));

        var entry = Assert.Single(PearsonEndurance.Analyse(traces));

        Assert.Null(entry.MeanPearson);
        Assert.All(entry.PearsonToLast, p => Assert.Null(p));
        Assert.Equal(0.0, entry.DynamicRangeOhms);
    }

    private static double Model(int repetition, double amplitude, double pulse)
        => 880.0 - (amplitude * (1 - Math.Exp(-pulse / 30.0))) + (0.3 * Math.Sin((7.0 * pulse) + (1.3 * repetition))) + (0.05 * repetition);

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-11;

        public int GetHashCode(double obj) => 0;
    }
}
