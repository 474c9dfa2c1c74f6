// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Xunit;

namespace Edge.Analog.Tests.ErrorModel;

public class LogProductTests
{
    [Theory]
    [InlineData(-3.0, 3.0)] // factors 1e-3 .. 1e3: many flushes of the running product
    [InlineData(-0.5, 0.5)] // near 1: long runs before a flush
    [InlineData(-250.0, 250.0)] // beyond 1e100: logged one by one
    [InlineData(-310.0, -290.0)] // subnormal-adjacent probabilities
    public void Equals_the_plain_sum_of_logarithms(double lowestLog10, double highestLog10)
    {
        var random = new Random(5);
        var product = new LogProduct();
        double sum = 0;
        for (int i = 0; i < 5000; i++)
        {
            double factor = Math.Pow(10, lowestLog10 + ((highestLog10 - lowestLog10) * random.NextDouble()));
            product.Add(factor);
            sum += Math.Log(factor);
        }

        Assert.Equal(sum, product.Value, Math.Abs(sum) * 1e-13);
    }

    [Fact]
    public void Empty_product_is_zero()
    {
        Assert.Equal(0, new LogProduct().Value);
    }
}
