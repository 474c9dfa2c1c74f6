// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>DAC/ADC transfer functions on tensors, with straight-through gradients for in-memory training.</summary>
public static class ConverterMath
{
    /// <summary>Step of a b-bit converter over [-bound, bound]: 2 bound / (2^b - 2) (2^b - 1 levels, zero included).</summary>
    public static double Step(int bits, double bound) => 2.0 * bound / (Math.Pow(2, bits) - 2.0);

    /// <summary>
    /// Clips to [-bound, bound] and rounds to the converter grid (round half to even, as torch.round). With
    /// <paramref name="bits"/> 0 only the clip applies (none when the bound is infinite). The backward pass is the
    /// identity (straight-through estimator), as in aihwkit's analog training.
    /// </summary>
    public static Tensor Quantize(Tensor values, int bits, double bound)
    {
        ArgumentNullException.ThrowIfNull(values);
        var finite = !double.IsInfinity(bound);
        if (bits <= 0 && !finite)
        {
            return values;
        }

        using var low = (-bound).ToScalar();
        using var high = bound.ToScalar();
        using var clipped = finite ? values.clamp(low, high) : values.alias();
        Tensor quantised;
        if (bits > 0)
        {
            var step = Step(bits, finite ? bound : 1.0);
            using var stepScalar = step.ToScalar();
            quantised = clipped.div(stepScalar).round_().mul_(stepScalar);
        }
        else
        {
            quantised = clipped.clone();
        }

        if (!values.requires_grad)
        {
            return quantised;
        }

        using var difference = quantised.sub(values).detach();
        quantised.Dispose();
        return values.add(difference, alpha: HeldScalars.One);
    }
}
