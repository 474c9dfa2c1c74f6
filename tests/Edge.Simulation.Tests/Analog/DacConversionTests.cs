// SPDX-License-Identifier: MIT
using Edge.Simulation.Analog;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Analog;

[Collection(TorchCollection.Name)]
public sealed class DacConversionTests
{
    [Theory]
    [InlineData(128, 0.0078125f, true, float.PositiveInfinity)] // 7-bit DAC, bound 1: never clips
    [InlineData(256, 0.0078125f, true, float.PositiveInfinity)]
    [InlineData(512, 0.0078125f, true, float.PositiveInfinity)]
    [InlineData(128, 0.03125f, true, 20f)] // bound below 1: codes beyond 20 clip
    [InlineData(256, 0.03125f, true, 20f)]
    [InlineData(512, 0.03125f, true, 20f)]
    [InlineData(512, 1f, false, float.PositiveInfinity)] // ideal DAC: x / alpha, unrounded
    public void Codes_and_alpha_equal_the_torch_formula_at_every_width(int bits, float step, bool round, float maximumCode)
    {
        // 6 rows of 83 values: whole vectors at every width plus a tail; row 4 is all zero (alpha takes the floor),
        // row 5 has one large value (its other codes are near zero).
        manual_seed(3);
        using var x = randn(6, 83).mul_(3f);
        x[4].zero_();
        x[5, 17] = tensor(250f);
        var codes = new float[6 * 83];
        var alpha = new float[6];
        DacConversion.Encode((LaneWidth)bits, x.data<float>().ToArray(), new DacSettings(1e-12f, step, round, maximumCode), alpha, codes);

        using var expectedAlpha = x.abs().amax([1], keepdim: true).clamp_min(1e-12f);
        using var divided = x.div(expectedAlpha.mul(step));
        var expected = round ? divided.round() : divided.alias();
        if (!float.IsPositiveInfinity(maximumCode))
        {
            expected.clamp_(-maximumCode, maximumCode);
            Assert.True(expected.abs().eq(maximumCode).any().item<bool>()); // some codes did clip
        }

        Assert.Equal(expectedAlpha.data<float>().ToArray(), alpha);
        Assert.Equal(expected.data<float>().ToArray(), codes);
        expected.Dispose();
    }
}
