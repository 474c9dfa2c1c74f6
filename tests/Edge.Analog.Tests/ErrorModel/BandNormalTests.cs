// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class BandNormalTests
{
    [Theory]
    [InlineData(0.2, 1.0, 0.3)]
    [InlineData(-1.0, 0.5, 0.5)]
    [InlineData(0.0, 3.0, 0.05)]
    public void Distribution_function_is_the_integral_of_the_density(double loc, double halfWidth, double sigma)
    {
        var p = new BandNormalParameters(loc, halfWidth, sigma);
        foreach (var x in new[] { loc - halfWidth - (3 * sigma), loc - (halfWidth / 2), loc, loc + halfWidth, loc + halfWidth + (2 * sigma) })
        {
            // The density, integrated numerically from far below: independent of the closed form of F.
            double integral = GaussLegendreRule.Integrate(v => Density(p, v), loc - halfWidth - (12 * sigma), x, 256);
            Assert.Equal(integral, BandNormal.Cdf(p, x), 1e-7);
        }
    }

    [Fact]
    public void Log_likelihood_is_the_sum_of_log_densities_and_stays_finite_far_outside_the_band()
    {
        var p = new BandNormalParameters(0.1, 0.8, 0.2);
        double[] x = [-0.5, 0.1, 0.85, 1.2];
        Assert.Equal(x.Sum(v => Math.Log(Density(p, v))), BandNormal.LogLikelihoodSum(x, p), 1e-10);

        // 40 sigma beyond the band edge Phi(b) - Phi(a) underflows; the tail asymptote ln phi(z) - ln|z| - ln 2h takes over.
        double far = BandNormal.LogLikelihoodSum([0.1 + 0.8 + (40 * 0.2)], p);
        Assert.Equal((-0.5 * 40 * 40) - Math.Log(40) - (0.5 * Math.Log(2 * Math.PI)) - Math.Log(1.6), far, 1e-2);
    }

    [Fact]
    public void A_band_far_narrower_than_the_noise_is_the_normal()
    {
        var p = new BandNormalParameters(0.3, 1e-6, 0.5);
        Assert.Equal(Normal.CDF(0.3, 0.5, 0.9), BandNormal.Cdf(p, 0.9), 1e-9);
        Assert.Equal(Normal.PDFLn(0.3, 0.5, 0.9), BandNormal.LogLikelihoodSum([0.9], p), 1e-9);
    }

    [Fact]
    public void Draws_pass_a_Kolmogorov_Smirnov_test_against_the_distribution_function()
    {
        const int n = 200_000;
        var p = new BandNormalParameters(-0.2, 1.5, 0.4);
        var random = new Random(11);
        var draws = new double[n];
        for (int i = 0; i < n; i++)
        {
            draws[i] = BandNormal.Sample(random, p);
        }

        // 1.95 / sqrt(n): the 0.1 % critical value.
        Assert.True(KolmogorovSmirnov.Statistic(draws, x => BandNormal.Cdf(p, x)) < 1.95 / Math.Sqrt(n));
    }

    private static double Density(BandNormalParameters p, double x) =>
        (Normal.CDF(0, 1, (x - p.Loc + p.HalfWidth) / p.Sigma) - Normal.CDF(0, 1, (x - p.Loc - p.HalfWidth) / p.Sigma)) / (2 * p.HalfWidth);
}
