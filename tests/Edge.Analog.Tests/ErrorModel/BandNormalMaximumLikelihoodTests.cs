// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class BandNormalMaximumLikelihoodTests
{
    [Theory]
    [InlineData(2e-4, 4e-4, 1e-4, 1)]
    [InlineData(-1e-4, 2e-4, 2e-4, 2)]
    [InlineData(0.0, 3.0, 0.1, 3)]
    public void Recovers_band_and_noise_from_many_draws(double loc, double halfWidth, double sigma, int seed)
    {
        var truth = new BandNormalParameters(loc, halfWidth, sigma);
        var random = new Random(seed);
        var x = Enumerable.Range(0, 5000).Select(_ => BandNormal.Sample(random, truth)).ToArray();

        var fit = BandNormalMaximumLikelihood.Fit(x).Parameters;

        // 5000 draws pin the centre and the whole spread sqrt(h^2 / 3 + s^2) closely; how it splits into band and noise
        // is the weakly identified part, least so when neither dominates (h = s).
        Assert.Equal(loc, fit.Loc, 0.05 * (halfWidth + sigma));
        Assert.Equal(Math.Sqrt((halfWidth * halfWidth / 3) + (sigma * sigma)), Math.Sqrt((fit.HalfWidth * fit.HalfWidth / 3) + (fit.Sigma * fit.Sigma)), 0.02 * (halfWidth + sigma));
        Assert.Equal(halfWidth, fit.HalfWidth, 0.2 * halfWidth);
        Assert.Equal(sigma, fit.Sigma, 0.25 * sigma);
    }

    [Fact]
    public void The_fit_is_at_least_as_likely_as_the_truth_and_the_moment_start()
    {
        var truth = new BandNormalParameters(0, 1, 0.3);
        var random = new Random(5);
        var x = Enumerable.Range(0, 66).Select(_ => BandNormal.Sample(random, truth)).ToArray();

        var fit = BandNormalMaximumLikelihood.Fit(x);

        Assert.True(fit.LogLikelihood >= BandNormal.LogLikelihoodSum(x, truth) - 1e-6);
        Assert.Equal(BandNormal.LogLikelihoodSum(x, fit.Parameters), fit.LogLikelihood, 1e-9);
    }

    [Fact]
    public void Equal_samples_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BandNormalMaximumLikelihood.Fit([1.0, 1.0, 1.0]));
        Assert.Contains("no spread", error.Message, StringComparison.Ordinal);
    }
}
