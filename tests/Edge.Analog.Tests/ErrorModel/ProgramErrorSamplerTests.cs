// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class ProgramErrorSamplerTests
{
    // A value range far wider than the draws, so the shape tests see the t unclamped.
    private static ProgramErrorModel TwoLevels(double nu0, double nu1, double valueMin = -10, double valueMax = 10) => new(
        DirectionNames.Potentiation,
        "test",
        targets: [0, 1],
        actual: [0.01, 0.98],
        loc: [0.001, -0.002],
        scale: [0.004, 0.0005],
        nu: [nu0, nu1],
        ks: [0, 0],
        sampleCounts: [10, 10],
        quality: new ErrorModelQuality(null, null, [], valueMin, valueMax));

    [Fact]
    public void Samples_are_clamped_to_the_values_a_cell_can_hold()
    {
        const int n = 200_000;
        var model = TwoLevels(1.0, 1.0, valueMin: 0, valueMax: 1);
        var levels = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var programmed = new float[n];
        new ProgramErrorSampler(model).Sample(levels, programmed, seed: 8);

        // nu = 1 (Cauchy) with scale 0.004 at 0.011: P(below 0) = 1/2 - atan(2.75)/pi = 11 %, so both bounds are hit.
        Assert.All(programmed, v => Assert.InRange(v, 0f, 1f));
        double atZero = programmed.Where((_, i) => i % 2 == 0).Count(v => v == 0f) / (n / 2.0);
        Assert.InRange(atZero, 0.10, 0.12);
    }

    [Theory]
    [InlineData(2.5)]
    [InlineData(12.0)]
    public void One_million_samples_pass_a_Kolmogorov_Smirnov_test_against_the_t_distribution(double nu)
    {
        const int n = 1_000_000;
        var model = TwoLevels(nu, 4);
        var programmed = new float[n];
        new ProgramErrorSampler(model, threads: 2).Sample(new int[n], programmed, seed: 42);

        // The level-0 value is actual + loc + scale * t(nu); convert back to t so the test is in double precision.
        var t = programmed.Select(v => (v - (0.01 + 0.001)) / 0.004).ToArray();
        var d = KolmogorovSmirnov.Statistic(t, x => StudentT.CDF(0, 1, nu, x));

        // Critical value at alpha = 0.001 is 1.95 / sqrt(n); float rounding of the output adds ~1e-5 in t units.
        Assert.True(d < 1.95 / Math.Sqrt(n), $"KS D = {d:E3}");
    }

    [Fact]
    public void Tail_frequencies_match_the_t_distribution()
    {
        const int n = 2_000_000;
        const double nu = 3;
        var model = TwoLevels(nu, nu);
        var programmed = new float[n];
        new ProgramErrorSampler(model, threads: 2).Sample(new int[n], programmed, seed: 9);
        var t = programmed.Select(v => (v - 0.011) / 0.004).ToArray();

        foreach (var tail in new[] { 1e-2, 1e-3, 1e-4, 1e-5 })
        {
            var q = StudentTQuantile.TwoSidedTailQuantile(nu, tail);
            var expected = n * tail;
            var upper = t.Count(x => x > q);
            var lower = t.Count(x => x < -q);

            // Poisson counts: allow 5 standard deviations (plus 3 for the tiny expectations).
            Assert.InRange(upper + lower, expected - (5 * Math.Sqrt(expected)) - 3, expected + (5 * Math.Sqrt(expected)) + 3);
            Assert.InRange(upper, (expected / 2) - (5 * Math.Sqrt(expected / 2)) - 3, (expected / 2) + (5 * Math.Sqrt(expected / 2)) + 3);
        }
    }

    [Fact]
    public void Each_level_gets_its_own_parameters()
    {
        const int n = 200_000;
        var model = TwoLevels(2.5, 20);
        var levels = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var programmed = new float[n];
        new ProgramErrorSampler(model).Sample(levels, programmed, seed: 5);

        var level1 = programmed.Where((_, i) => i % 2 == 1).Select(v => (v - (0.98 - 0.002)) / 0.0005).ToArray();
        var d = KolmogorovSmirnov.Statistic(level1, x => StudentT.CDF(0, 1, 20, x));
        Assert.True(d < 1.95 / Math.Sqrt(level1.Length) + 2e-3, $"KS D = {d:E3}");
    }

    [Fact]
    public void Same_seed_gives_identical_samples_with_1_and_2_threads_and_prefixes_do_not_depend_on_length()
    {
        var model = SyntheticErrorModels.Realistic(512, seed: 3);
        const int n = 300_001;
        var random = new Random(1);
        var levels = Enumerable.Range(0, n).Select(_ => random.Next(512)).ToArray();
        var one = new float[n];
        var two = new float[n];
        var prefix = new float[10_000];

        new ProgramErrorSampler(model, threads: 1).Sample(levels, one, seed: 77);
        new ProgramErrorSampler(model, threads: 2).Sample(levels, two, seed: 77);
        new ProgramErrorSampler(model, threads: 2).Sample(levels.AsSpan(0, prefix.Length), prefix, seed: 77);

        Assert.Equal(one, two);
        Assert.Equal(one.AsSpan(0, prefix.Length).ToArray(), prefix);
    }

    [Fact]
    public void A_level_with_a_band_draws_the_band_plus_its_t_and_leaves_band_free_levels_unchanged()
    {
        const int n = 400_000;
        var plain = TwoLevels(1000, 4);
        var banded = new ProgramErrorModel(
            plain.Direction, plain.CalibrationId, plain.Targets, plain.Actual, plain.Loc, plain.Scale, plain.Nu, plain.Ks, plain.SampleCounts,
            quality: new ErrorModelQuality(null, null, [], -10, 10),
            band: [0.01, 0]);
        var levels = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var withBand = new float[n];
        var without = new float[n];
        new ProgramErrorSampler(banded, threads: 2).Sample(levels, withBand, seed: 21);
        new ProgramErrorSampler(plain, threads: 2).Sample(levels, without, seed: 21);

        // Level 0: actual 0.01 + loc 0.001 + U(-0.01, 0.01) + 0.004 N (nu at the normal cap).
        var level0 = withBand.Where((_, i) => i % 2 == 0).Select(v => (double)v).ToArray();
        var d = KolmogorovSmirnov.Statistic(level0, x => LevelErrorDistribution.Cdf(0.011, 0.004, 1000, 0.01, x));
        Assert.True(d < 1.95 / Math.Sqrt(level0.Length), $"KS D = {d:E3}");

        // A band-free model draws what it always drew: same seed, same bits.
        var sameSeedPlain = new float[n];
        new ProgramErrorSampler(new ProgramErrorModel(
            plain.Direction, plain.CalibrationId, plain.Targets, plain.Actual, plain.Loc, plain.Scale, plain.Nu, plain.Ks, plain.SampleCounts,
            quality: new ErrorModelQuality(null, null, [], -10, 10), band: [0, 0]), threads: 1).Sample(levels, sameSeedPlain, seed: 21);
        Assert.Equal(without, sameSeedPlain);
    }

    [Fact]
    public void Different_seeds_give_different_samples()
    {
        var model = TwoLevels(3, 3);
        var a = new float[10_000];
        var b = new float[10_000];
        var sampler = new ProgramErrorSampler(model);

        sampler.Sample(new int[a.Length], a, seed: 1);
        sampler.Sample(new int[b.Length], b, seed: 2);

        // Continuous values: equal pairs only by float coincidence.
        Assert.True(a.Zip(b).Count(p => p.First == p.Second) < 10);
    }

    [Fact]
    public void Ideal_model_programs_exactly_the_reached_levels()
    {
        var sampler = new ProgramErrorSampler(ProgramErrorModel.Ideal(8));
        var levels = Enumerable.Range(0, 8000).Select(i => i % 8).ToArray();
        var programmed = new float[levels.Length];

        sampler.Sample(levels, programmed, seed: 1);

        Assert.All(Enumerable.Range(0, levels.Length), i => Assert.Equal((float)(levels[i] / 7.0), programmed[i]));
    }

    [Fact]
    public void Level_index_out_of_range_and_length_mismatch_are_refused()
    {
        var sampler = new ProgramErrorSampler(TwoLevels(3, 3), threads: 2);
        var levels = new int[100_000];
        levels[70_000] = 2;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Sample(levels, new float[levels.Length], seed: 1));
        Assert.Contains("levelIndices[70000] = 2", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => sampler.Sample(new int[3], new float[4], seed: 1));
    }
}
