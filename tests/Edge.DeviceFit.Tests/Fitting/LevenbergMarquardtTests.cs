// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Fitting;
using Xunit;

namespace Edge.DeviceFit.Tests.Fitting;

/// <summary>The least-squares engine on problems with known answers.</summary>
public sealed class LevenbergMarquardtTests
{
    [Fact]
    public void A_saturating_exponential_is_recovered_exactly_from_noise_free_points()
    {
        // y = a (1 - exp(-b t)) + c, the shape of an identical-pulse sweep.
        double[] t = Enumerable.Range(0, 60).Select(i => (double)i).ToArray();
        double[] y = t.Select(x => (42.0 * (1 - Math.Exp(-0.13 * x))) + 740).ToArray();
        var result = LevenbergMarquardt.Minimise(p => t.Select((x, i) => (p[0] * (1 - Math.Exp(-p[1] * x))) + p[2] - y[i]).ToArray(), [10, 1, 700]);
        Assert.Equal(42.0, result.Parameters[0], 6);
        Assert.Equal(0.13, result.Parameters[1], 8);
        Assert.Equal(740.0, result.Parameters[2], 6);
    }

    [Fact]
    public void The_rosenbrock_valley_is_followed_to_its_minimum()
    {
        // Residuals (1 - x, 10 (y - x^2)): a curved valley with its minimum at (1, 1).
        var result = LevenbergMarquardt.Minimise(p => [1 - p[0], 10 * (p[1] - (p[0] * p[0]))], [-1.2, 1]);
        Assert.Equal(1.0, result.Parameters[0], 5);
        Assert.Equal(1.0, result.Parameters[1], 5);
        Assert.True(LevenbergMarquardt.SumOfSquares(result.Residuals) < 1e-10);
    }
}
