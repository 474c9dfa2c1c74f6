// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class StudentTPenalisedMaximumLikelihoodTests
{
    [Theory]
    [InlineData(0.3, -0.2, 1.1)]
    [InlineData(-0.1, 0.4, 0.2)]
    [InlineData(0.0, -1.0, 5.5)]
    public void Gradient_and_Hessian_match_central_differences_of_the_log_likelihood(double loc, double lnScale, double lnNu)
    {
        var x = Draws(40, loc: 0.1, scale: 0.8, nu: 3, seed: 5);
        var g = new double[3];
        var h = new double[9];
        StudentTPenalisedLikelihood.Evaluate(x, loc, lnScale, lnNu, g, h);
        double[] theta = [loc, lnScale, lnNu];
        const double step = 1e-5;
        for (int i = 0; i < 3; i++)
        {
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[i] += step;
            down[i] -= step;
            double numeric = (StudentTPenalisedLikelihood.Value(x, up[0], up[1], up[2]) - StudentTPenalisedLikelihood.Value(x, down[0], down[1], down[2])) / (2 * step);
            Assert.Equal(numeric, g[i], Math.Max(1e-6, Math.Abs(numeric) * 1e-6));

            var gu = new double[3];
            var gd = new double[3];
            StudentTPenalisedLikelihood.Evaluate(x, up[0], up[1], up[2], gu, new double[9]);
            StudentTPenalisedLikelihood.Evaluate(x, down[0], down[1], down[2], gd, new double[9]);
            for (int j = 0; j < 3; j++)
            {
                double second = (gu[j] - gd[j]) / (2 * step);
                Assert.Equal(second, h[(i * 3) + j], Math.Max(1e-5, Math.Abs(second) * 1e-5));
            }
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(3.7)]
    [InlineData(40)]
    public void TriGamma_matches_the_derivative_of_MathNet_DiGamma(double x)
    {
        const double step = 1e-5;
        double numeric = (MathNet.Numerics.SpecialFunctions.DiGamma(x + step) - MathNet.Numerics.SpecialFunctions.DiGamma(x - step)) / (2 * step);

        Assert.Equal(numeric, StudentTPenalisedLikelihood.TriGamma(x), Math.Abs(numeric) * 1e-7);
    }

    [Theory]
    [InlineData(3.0, 0.002, 0.004, 60, 21)]
    [InlineData(1.5, 0.0, 0.001, 66, 22)]
    [InlineData(8.0, -0.001, 0.0005, 200, 23)]
    public void A_weak_prior_reaches_the_unpenalised_maximum_likelihood(double nu, double loc, double scale, int count, int seed)
    {
        var x = Draws(count, loc, scale, nu, seed);
        var reference = StudentTMaximumLikelihood.Fit(x);

        var prior = StudentTPrior.Weak(scale);
        var fit = StudentTPenalisedMaximumLikelihood.Fit(x, prior);

        // The maximum a posteriori can trail the maximum likelihood by at most the prior's cost at the latter (nearly
        // normal data have a flat likelihood in nu, and even a weak prior moves nu along it).
        double lnNu = Math.Log(reference.Parameters.Nu / prior.Nu) / prior.LnNuSd;
        double lnScale = Math.Log(reference.Parameters.Scale / prior.Scale) / prior.LnScaleSd;
        double priorCost = 0.5 * ((lnNu * lnNu) + (lnScale * lnScale));
        Assert.True(fit.LogLikelihood >= reference.LogLikelihood - priorCost - 1e-6, $"Newton {fit.LogLikelihood} < Nelder-Mead {reference.LogLikelihood} - {priorCost}");
        if (reference.Parameters.Nu < 100)
        {
            Assert.Equal(reference.Parameters.Nu, fit.Parameters.Nu, reference.Parameters.Nu * 1e-3);
            Assert.Equal(reference.Parameters.Scale, fit.Parameters.Scale, reference.Parameters.Scale * 1e-3);
        }
    }

    [Fact]
    public void Eight_nearly_equal_samples_stay_at_the_priors_scale_instead_of_collapsing()
    {
        // Seven equal errors and one outlier: the unpenalised likelihood is unbounded as s -> 0 with nu < 1.
        double[] x = [1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 3e-3];
        var prior = new StudentTPrior(5e-4, 0.5, 4, 1);

        var fit = StudentTPenalisedMaximumLikelihood.Fit(x, prior);

        Assert.InRange(fit.Parameters.Scale, 5e-4 / 100, 5e-4 * 3);
        Assert.InRange(fit.Parameters.Nu, 0.5, 40);
    }

    [Fact]
    public void Nu_data_weight_is_small_for_few_normal_samples_and_large_for_many_heavy_tailed_ones()
    {
        var prior = new StudentTPrior(1, 1, 5, 1);
        var fewNormal = StudentTPenalisedMaximumLikelihood.Fit(Draws(10, 0, 1, 1000, 31), prior);
        var manyHeavy = StudentTPenalisedMaximumLikelihood.Fit(Draws(2000, 0, 1, 2, 32), prior);

        Assert.InRange(fewNormal.NuDataWeight, 0, 0.5);
        Assert.InRange(manyHeavy.NuDataWeight, 0.9, 1);
        Assert.InRange(manyHeavy.Parameters.Nu, 1.7, 2.4);
    }

    private static double[] Draws(int count, double loc, double scale, double nu, int seed)
    {
        var x = new double[count];
        StudentT.Samples(new Random(seed), x, loc, scale, nu);
        return x;
    }
}
