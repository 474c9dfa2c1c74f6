// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public class NonlinearityTests
{
    [Theory]
    [InlineData(Direction.Potentiation, 0.5)]
    [InlineData(Direction.Potentiation, 2.0)]
    [InlineData(Direction.Potentiation, 5.0)]
    [InlineData(Direction.Potentiation, 1e-3)]
    [InlineData(Direction.Potentiation, -3.0)]
    [InlineData(Direction.Depression, 0.5)]
    [InlineData(Direction.Depression, 2.0)]
    [InlineData(Direction.Depression, 5.0)]
    [InlineData(Direction.Depression, 1e-3)]
    [InlineData(Direction.Depression, 40.0)]
    public void Fit_recovers_nu_from_a_synthetic_curve(Direction direction, double nu)
    {
        var curve = Synthetic(direction, nu, 512);

        var fit = Nonlinearity.Fit(curve);

        Assert.Equal(nu, fit.Nu, 1e-7 * (1 + Math.Abs(nu)));
        Assert.True(fit.RmsResidual < 1e-10);
        Assert.Equal(512, fit.Points);
    }

    [Fact]
    public void The_straight_line_fits_nu_zero()
    {
        var x = Enumerable.Range(0, 33).Select(k => k / 32.0).ToArray();

        var fit = Nonlinearity.Fit(new LevelCurve(Direction.Potentiation, x, x));

        Assert.Equal(0.0, fit.Nu, 1e-9);
        Assert.Equal(0.0, fit.NonlinearityFactor, 15);
    }

    [Fact]
    public void Small_nu_model_is_continuous_across_the_series_switch()
    {
        foreach (double x in new[] { 0.1, 0.5, 0.9 })
        {
            // Just above the switch the closed form must agree with the first-order series y = x + nu x (1 - x) / 2.
            double nu = 1.1e-8;
            Assert.Equal(x + (0.5 * nu * x * (1 - x)), Nonlinearity.Model(Direction.Potentiation, nu, x), 14);
            Assert.Equal(1 - x - (0.5 * nu * x * (1 - x)), Nonlinearity.Model(Direction.Depression, nu, x), 14);
            Assert.Equal(x, Nonlinearity.Model(Direction.Potentiation, 0.0, x), 15);
        }
    }

    [Theory]
    // scipy 1.10.1 curve_fit(f, x, y, p0=[1], xtol=ftol=1e-14): x = k/31, k = 0..31;
    // potentiation y = f(x; 3) + 0.01 sin(13k); depression y = 1 - f(x; 0.7) + 0.004 cos(5k).
    [InlineData(Direction.Potentiation, 3.0042497831022055, 0.019733703398728333)]
    [InlineData(Direction.Depression, 0.7001522685843832, 0.005790768750272853)]
    public void Fit_matches_scipy_curve_fit_on_noisy_curves(Direction direction, double nu, double standardError)
    {
        var k = Enumerable.Range(0, 32).ToArray();
        var x = k.Select(i => i / 31.0).ToArray();
        var y = direction == Direction.Potentiation
            ? k.Select(i => Nonlinearity.Model(direction, 3.0, x[i]) + (0.01 * Math.Sin(13.0 * i))).ToArray()
            : k.Select(i => Nonlinearity.Model(direction, 0.7, x[i]) + (0.004 * Math.Cos(5.0 * i))).ToArray();

        var fit = Nonlinearity.Fit(new LevelCurve(direction, x, y));

        Assert.Equal(nu, fit.Nu, 1e-8);
        Assert.Equal(standardError, fit.StandardError, 1e-6);
    }

    [Fact]
    public void Nonlinearity_factor_is_the_largest_deviation_from_the_ideal_line()
    {
        var x = new[] { 0.0, 0.25, 0.5, 0.75, 1.0 };

        Assert.Equal(0.03, Nonlinearity.Factor(new LevelCurve(Direction.Potentiation, x, new[] { 0.0, 0.26, 0.47, 0.75, 1.0 })), 12);
        Assert.Equal(0.02, Nonlinearity.Factor(new LevelCurve(Direction.Depression, x, new[] { 1.0, 0.75, 0.52, 0.25, 0.0 })), 12);
    }

    [Fact]
    public void Fewer_than_three_points_is_an_argument_error()
    {
        var ex = Assert.Throws<ArgumentException>(() => Nonlinearity.Fit(new LevelCurve(Direction.Potentiation, new[] { 0.0, 1.0 }, new[] { 0.0, 1.0 })));

        Assert.Equal("curve", ex.ParamName);
    }

    private static LevelCurve Synthetic(Direction direction, double nu, int points)
    {
        var x = Enumerable.Range(0, points).Select(k => (double)k / (points - 1)).ToArray();
        return new LevelCurve(direction, x, x.Select(v => Nonlinearity.Model(direction, nu, v)).ToArray());
    }
}
