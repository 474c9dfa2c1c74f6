// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class StudentTQuantileTests
{
    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(1e-3)]
    [InlineData(1e-9)]
    [InlineData(1e-15)]
    public void Two_sided_tail_quantile_matches_the_closed_forms_for_nu_1_and_2(double m)
    {
        // nu = 1 (Cauchy): P(|T| > q) = 1 - 2 atan(q)/pi. nu = 2: P(|T| > q) = 1 - q / sqrt(2 + q^2).
        var cauchy = 1 / Math.Tan(Math.PI / 2 * m);
        var two = (1 - m) * Math.Sqrt(2 / (m * (2 - m)));

        Assert.Equal(1, StudentTQuantile.TwoSidedTailQuantile(1, m) / cauchy, 1e-10);
        Assert.Equal(1, StudentTQuantile.TwoSidedTailQuantile(2, m) / two, 1e-10);
    }

    [Theory]
    [InlineData(0.7, 0.01)]
    [InlineData(3.5, 0.3)]
    [InlineData(3.5, 0.975)]
    [InlineData(30, 0.999)]
    [InlineData(1000, 0.9)]
    public void Quantile_agrees_with_MathNet_InvCDF(double nu, double p)
    {
        Assert.Equal(StudentT.InvCDF(0, 1, nu, p), StudentTQuantile.Quantile(nu, p), 1e-8);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(5.3)]
    [InlineData(30.0)]
    public void Table_variates_match_exact_quantiles_in_every_octave_and_beyond(double nu)
    {
        var table = StudentTQuantileTable.For(nu);
        var random = new Random(7);
        var worst = 0.0;

        // r = 2^62 >> shift puts m in octave 'shift'; the low bits pick a point inside it. Octaves 24+ take the exact path.
        for (var octave = 0; octave < 40; octave++)
        {
            for (var i = 0; i < 200; i++)
            {
                var r = (1UL << (62 - octave)) | ((ulong)random.NextInt64() & ((1UL << (62 - octave)) - 1));
                var exact = StudentTQuantile.TwoSidedTailQuantile(nu, StudentTQuantileTable.TailProbability(r));
                var positive = table.Variate(r);
                var negative = table.Variate(r | (1UL << 63));
                Assert.Equal(-positive, negative);
                worst = Math.Max(worst, Math.Abs(positive - exact) / Math.Max(exact, 1e-2));
            }
        }

        // Linear interpolation over 1/128 of an octave: error ~ (1/nu)(1/nu + 1)/8 * 2^-14, 4.6e-5 at nu = 0.5.
        Assert.True(worst < (nu < 1 ? 6e-5 : 1.5e-5), $"worst relative error {worst:E2}");
    }
}
