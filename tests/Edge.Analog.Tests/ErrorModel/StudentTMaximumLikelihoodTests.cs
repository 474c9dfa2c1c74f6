// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class StudentTMaximumLikelihoodTests
{
    // A fixed dataset (60 draws of t(3.5, loc 2, scale 4), rounded to 3 decimals) and its fit by an outside tool:
    // scipy 1.10.1 (Debian 12 python3-scipy) `scipy.stats.t.fit(x)` -> df 3.3644978572052233,
    // loc 2.598180532138324, scale 3.610223704364401 (log-likelihood -181.03949918879965).
    // scipy's own optimiser (fmin, default tolerances) is accurate to ~3e-6 relative here.
    private static readonly double[] ScipyDataset =
    [
        -4.478, 2.754, -14.634, 0.069, 0.543, 7.853, 11.148, 1.153, 0.144, 0.597, 2.561, 0.774, -0.484, 3.602, 4.391,
        -1.135, 2.938, 4.860, 0.472, 7.720, 1.321, 2.435, 5.588, 0.458, -2.063, 7.776, 3.737, 27.461, 1.056, 5.635,
        0.099, 9.717, 7.964, 0.795, 5.875, 6.113, -1.589, 0.139, 0.635, 2.398, 5.771, -2.380, 1.706, -8.646, 5.839,
        -2.038, 5.508, -0.583, -1.782, -2.430, 13.916, 2.645, 10.580, 6.792, 6.434, 5.079, 0.057, 7.625, 5.063, 1.720,
    ];

    [Theory]
    [InlineData(3.0, 0.002, 0.004, 11)]
    [InlineData(8.0, -0.001, 0.0015, 12)]
    [InlineData(2.2, 0.0, 0.01, 13)]
    public void Fit_recovers_known_parameters_from_20000_samples(double nu, double loc, double scale, int seed)
    {
        var random = new Random(seed);
        var samples = new double[20_000];
        StudentT.Samples(random, samples, loc, scale, nu);

        var fit = StudentTMaximumLikelihood.Fit(samples).Parameters;

        Assert.InRange(fit.Nu, nu * 0.9, nu * 1.1);
        Assert.InRange(fit.Scale, scale * 0.97, scale * 1.03);
        Assert.InRange(fit.Loc, loc - (0.03 * scale), loc + (0.03 * scale));
    }

    [Fact]
    public void Fit_agrees_with_scipy_1_10_t_fit_on_a_fixed_dataset()
    {
        var fit = StudentTMaximumLikelihood.Fit(ScipyDataset);

        Assert.Equal(3.3644978572052233, fit.Parameters.Nu, 3.3644978572052233 * 2e-4);
        Assert.Equal(2.598180532138324, fit.Parameters.Loc, 2.598180532138324 * 2e-4);
        Assert.Equal(3.610223704364401, fit.Parameters.Scale, 3.610223704364401 * 2e-4);
        Assert.True(fit.LogLikelihood >= -181.03949918879965 - 1e-6, $"log-likelihood {fit.LogLikelihood} is below scipy's");
    }

    [Fact]
    public void Fit_is_equivariant_so_program_errors_of_order_1e_3_fit_as_well_as_order_one_data()
    {
        // scipy 1.10's t.fit stops early on this dataset scaled by 1e-3 (nu 1.41, log-likelihood 3.58 worse),
        // because fmin's tolerances are absolute; the fit here standardises first.
        var scaled = ScipyDataset.Select(x => x * 1e-3).ToArray();

        var fit = StudentTMaximumLikelihood.Fit(scaled).Parameters;

        Assert.Equal(3.3644978572052233, fit.Nu, 3.3644978572052233 * 2e-4);
        Assert.Equal(2.598180532138324e-3, fit.Loc, 2.598180532138324e-3 * 2e-4);
        Assert.Equal(3.610223704364401e-3, fit.Scale, 3.610223704364401e-3 * 2e-4);
    }

    [Fact]
    public void Log_likelihood_equals_the_sum_of_MathNet_StudentT_PDFLn()
    {
        var expected = ScipyDataset.Sum(x => StudentT.PDFLn(1.5, 3.0, 4.2, x));

        Assert.Equal(expected, StudentTLogLikelihood.Sum(ScipyDataset, 1.5, 3.0, 4.2), 1e-9);
    }

    [Fact]
    public void Ks_statistic_matches_scipy_1_10_kstest_for_the_scipy_fit()
    {
        // scipy 1.10.1: stats.kstest(x, 't', args=(3.3644978572052233, 2.598180532138324, 3.610223704364401)).statistic
        var d = KolmogorovSmirnov.Statistic(ScipyDataset, x => StudentT.CDF(2.598180532138324, 3.610223704364401, 3.3644978572052233, x));

        Assert.Equal(0.08119524114640453, d, 1e-9);
    }

    [Fact]
    public void Equal_samples_give_a_degenerate_fit_with_the_scale_floor_instead_of_failing()
    {
        var fit = StudentTMaximumLikelihood.Fit([0.25, 0.25, 0.25, 0.25]);

        Assert.True(fit.Degenerate);
        Assert.Equal(0.25, fit.Parameters.Loc);
        Assert.True(fit.Parameters.Scale > 0 && fit.Parameters.Scale <= 1e-11);
    }

    [Fact]
    public void Fit_refuses_NaN_and_too_few_samples()
    {
        Assert.Throws<ArgumentException>(() => StudentTMaximumLikelihood.Fit([1.0, double.NaN, 2.0]));
        Assert.Throws<ArgumentException>(() => StudentTMaximumLikelihood.Fit([1.0]));
    }
}
