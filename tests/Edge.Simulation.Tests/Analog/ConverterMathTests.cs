// SPDX-License-Identifier: MIT
using Edge.Simulation.Analog;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Analog;

[Collection(TorchCollection.Name)]
public sealed class ConverterMathTests
{
    [Fact]
    public void Seven_bit_dac_has_126_steps_over_plus_minus_one()
    {
        Assert.Equal(2.0 / 126.0, ConverterMath.Step(7, 1.0), 15);
        using var x = tensor(new[] { 0.0f, 0.004f, 0.008f, 1.0f, -1.0f, 2.0f, -3.0f });
        var q = ConverterMath.Quantize(x, 7, 1.0).data<float>().ToArray();
        var step = (float)(2.0 / 126.0);
        Assert.Equal([0f, 0f, step, 63 * step, -63 * step, 63 * step, -63 * step], q, new ToleranceComparer(1e-6f));
    }

    [Fact]
    public void Nine_bit_adc_with_bound_12_clips_and_rounds_to_24_over_510()
    {
        var step = 24.0 / 510.0;
        using var x = tensor(new[] { (float)(3.4 * step), (float)(-7.6 * step), 12.5f, -100f });
        var q = ConverterMath.Quantize(x, 9, 12.0).data<float>().ToArray();
        Assert.Equal([(float)(3 * step), (float)(-8 * step), 12f, -12f], q, new ToleranceComparer(1e-5f));
    }

    [Fact]
    public void Ideal_converter_passes_values_through_and_gradients_pass_straight_through()
    {
        using var x = tensor(new[] { 0.123f, -5.0f }, requires_grad: true);
        Assert.Equal([0.123f, -5.0f], ConverterMath.Quantize(x, 0, double.PositiveInfinity).data<float>().ToArray());
        var q = ConverterMath.Quantize(x, 4, 1.0);
        q.sum().backward();
        Assert.Equal([1f, 1f], x.grad!.data<float>().ToArray());
    }

    private sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
