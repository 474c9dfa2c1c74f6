// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class LevelErrorFittingTests
{
    private const int Count = 66;
    private static readonly StudentTPrior Prior = new(1e-3, 0.5, 20, 1);

    [Fact]
    public void Errors_accepted_inside_a_band_take_the_band()
    {
        // A verify band of +-1e-3 read with 2e-4 noise: the seek loop's errors.
        var truth = new BandNormalParameters(0, 1e-3, 2e-4);
        int chosen = Levels(40, random => BandNormal.Sample(random, truth)).Count(f => f.IsBand);
        Assert.InRange(chosen, 28, 40);
    }

    [Theory]
    [InlineData(3.0, 2)]
    [InlineData(1000.0, 7)]
    public void Student_t_errors_keep_the_t(double nu, int mostBands)
    {
        // Heavy tails keep the t. The normal is in both families: on 66 normal errors the band's best likelihood beats
        // the t's by more than the margin about 6 % of the time (scipy, 300 trials), so 40 levels allow 0..7.
        int chosen = Levels(40, random => StudentT.Sample(random, 0, 1e-3, nu)).Count(f => f.IsBand);
        Assert.InRange(chosen, 0, mostBands);
    }

    [Fact]
    public void The_t_family_alone_never_takes_the_band_nor_does_a_level_with_few_samples()
    {
        var truth = new BandNormalParameters(0, 1e-3, 1e-4);
        var random = new Random(3);
        var many = Enumerable.Range(0, Count).Select(_ => BandNormal.Sample(random, truth)).ToArray();
        Assert.False(LevelErrorFitting.Fit(many, Prior, ErrorFamily.StudentT).IsBand);
        Assert.True(LevelErrorFitting.Fit(many, Prior, ErrorFamily.Auto).IsBand);
        Assert.False(LevelErrorFitting.Fit(many.AsSpan(0, LevelErrorFitting.BandMinimumSamples - 1), Prior, ErrorFamily.Auto).IsBand);
        Assert.False(LevelErrorFitting.Fit(Enumerable.Repeat(2e-4, Count).ToArray(), Prior, ErrorFamily.Auto).IsBand);
    }

    [Fact]
    public void Bootstrap_p_values_are_roughly_uniform_when_the_errors_are_a_band()
    {
        // Under the fitted family the test should reject about 5 % of levels at 5 %; 60 levels allow 0..7 by chance.
        var truth = new BandNormalParameters(0, 1e-3, 2e-4);
        int rejected = 0;
        for (int level = 0; level < 60; level++)
        {
            var random = new Random(100 + level);
            var x = Enumerable.Range(0, Count).Select(_ => BandNormal.Sample(random, truth)).ToArray();
            var fit = LevelErrorFitting.Fit(x, Prior, ErrorFamily.Auto);
            var (_, p) = BootstrapKolmogorovSmirnov.Test(x, fit, Prior, ErrorFamily.Auto, 99, (ulong)level);
            rejected += p <= 0.05 ? 1 : 0;
        }

        Assert.InRange(rejected, 0, 7);
    }

    [Fact]
    public void A_Student_t_is_rejected_on_band_errors_more_often_than_the_band_is()
    {
        // A wide band, thin noise: a t cannot take the flat top and the sharp shoulders.
        var truth = new BandNormalParameters(0, 1e-3, 5e-5);
        int tRejected = 0, autoRejected = 0;
        for (int level = 0; level < 30; level++)
        {
            var random = new Random(500 + level);
            var x = Enumerable.Range(0, Count).Select(_ => BandNormal.Sample(random, truth)).ToArray();
            foreach (var family in new[] { ErrorFamily.StudentT, ErrorFamily.Auto })
            {
                var fit = LevelErrorFitting.Fit(x, Prior, family);
                var (_, p) = BootstrapKolmogorovSmirnov.Test(x, fit, Prior, family, 99, (ulong)level);
                if (p <= 0.05)
                {
                    _ = family == ErrorFamily.StudentT ? tRejected++ : autoRejected++;
                }
            }
        }

        Assert.True(tRejected >= autoRejected + 5, $"t rejected on {tRejected}, auto on {autoRejected} of 30 levels");
    }

    [Fact]
    public void A_band_around_a_Student_t_has_the_averaged_distribution_function()
    {
        // (1 / 2h) integral of F_t((x - u - loc) / s) du over the band, numerically.
        const double loc = 0.1, scale = 0.5, nu = 5, band = 1.2;
        foreach (var x in new[] { -2.0, -0.5, 0.1, 0.9, 3.0 })
        {
            double averaged = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(u => StudentT.CDF(loc + u, scale, nu, x), -band, band, 128) / (2 * band);
            Assert.Equal(averaged, LevelErrorDistribution.Cdf(loc, scale, nu, band, x), 1e-9);
        }
    }

    private static LevelErrorFit[] Levels(int levels, Func<Random, double> draw) =>
        Enumerable.Range(0, levels).Select(level =>
        {
            var random = new Random(level + 1);
            var x = Enumerable.Range(0, Count).Select(_ => draw(random)).ToArray();
            return LevelErrorFitting.Fit(x, Prior, ErrorFamily.Auto);
        }).ToArray();
}
