// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class StandardNormalTests
{
    [Theory]
    [InlineData(-37, 5.7255712225239266e-300)] // scipy 1.10: scipy.stats.norm.cdf
    [InlineData(-20, 2.7536241186061556e-89)]
    [InlineData(-8, 6.22096057427174e-16)]
    [InlineData(-5.5, 1.898956246588768e-08)]
    [InlineData(-5, 2.866515718791933e-07)]
    [InlineData(-3, 0.0013498980316300933)]
    [InlineData(-1, 0.15865525393145707)]
    [InlineData(0, 0.5)]
    [InlineData(0.5, 0.6914624612740131)]
    [InlineData(2, 0.9772498680518208)]
    [InlineData(6, 0.9999999990134123)]
    [InlineData(9, 1.0)]
    public void Distribution_function_matches_scipy_to_a_relative_5e_11(double z, double expected)
    {
        Assert.Equal(1, StandardNormal.Cdf(z) / expected, 5e-11);
    }

    [Fact]
    public void Distribution_function_keeps_its_relative_precision_across_the_whole_lower_tail()
    {
        // Every 0.01 from -37 to 8: absolute error at double rounding, relative error in the lower tail (where the
        // seek-band likelihood takes differences of two small tails) below 5e-11.
        for (int i = -3700; i <= 800; i++)
        {
            double z = i / 100.0;
            double expected = Normal.CDF(0, 1, z);
            double actual = StandardNormal.Cdf(z);
            Assert.True(Math.Abs(actual - expected) < 4e-16, $"z = {z}: {actual} vs {expected}");
            if (z < 0)
            {
                Assert.True(Math.Abs(actual - expected) <= 5e-11 * expected, $"z = {z}: relative {(actual - expected) / expected}");
            }
        }
    }

    [Fact]
    public void Absolute_variant_is_accurate_to_double_rounding_but_not_relatively_far_out()
    {
        for (int i = -3700; i <= 900; i++)
        {
            double z = i / 100.0;
            Assert.True(Math.Abs(StandardNormal.CdfAbsolute(z) - Normal.CDF(0, 1, z)) < 4e-16, $"z = {z}");
        }
    }

    [Fact]
    public void Tails_are_symmetric_and_the_density_is_the_normal_density()
    {
        foreach (double z in new[] { 0.0, 0.3, 1.7, 4.9, 5.1, 7.4 })
        {
            Assert.Equal(1, StandardNormal.Cdf(z) + StandardNormal.Cdf(-z), 1e-15);
            Assert.Equal(Normal.PDF(0, 1, z), StandardNormal.Density(z), 1e-16);
        }

        Assert.True(double.IsNaN(StandardNormal.Cdf(double.NaN)));
        Assert.Equal(0, StandardNormal.Cdf(double.NegativeInfinity));
        Assert.Equal(1, StandardNormal.Cdf(double.PositiveInfinity));
    }
}
