// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// A sum of logarithms of positive factors, taken as the logarithm of their running product: one logarithm per many
/// factors instead of one each. The likelihood sums of the per-level fits run at every step of every bootstrap refit,
/// where the logarithms were most of <c>edge fit</c>'s time. The product is logged and restarted before it can leave
/// the normal double range, and a factor that is itself extreme is logged alone, so the result equals the plain sum
/// to rounding.
/// </summary>
public struct LogProduct
{
    private const double ExtremeFactor = 1e100;
    private const double FlushAbove = 1e200;

    private double product;
    private double sum;

    /// <summary>An empty sum (value 0).</summary>
    public LogProduct()
    {
        product = 1;
        sum = 0;
    }

    /// <summary>The sum of the logarithms of the factors added so far.</summary>
    public readonly double Value => sum + Math.Log(product);

    /// <summary>Adds ln <paramref name="factor"/> (factor &gt; 0).</summary>
    public void Add(double factor)
    {
        if (factor > ExtremeFactor || factor < 1 / ExtremeFactor)
        {
            sum += Math.Log(factor);
            return;
        }

        product *= factor;
        if (product > FlushAbove || product < 1 / FlushAbove)
        {
            sum += Math.Log(product);
            product = 1;
        }
    }
}
