// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Analog;

[Collection(TorchCollection.Name)]
public sealed class AnalogLayerTests
{
    [Theory]
    [InlineData(CellScheme.Offset)]
    [InlineData(CellScheme.Differential)]
    public void Ideal_periphery_and_ideal_devices_reproduce_the_digital_layer_across_tiles(CellScheme cells)
    {
        manual_seed(3);
        using var layer = new AnalogLinear(700, 40) { Config = CrossbarConfig.IdealPeriphery with { Cells = cells, TileRows = 128 } };
        using var x = randn(16, 700);
        using var expected = nn.functional.linear(x, layer.Weight, layer.Bias);
        using var actual = layer.call(x);
        Assert.True(allclose(actual, expected, rtol: 1e-4, atol: 1e-4));
        Assert.Equal(6, layer.TileCount); // ceil(700 / 128) row tiles, one column tile
    }

    [Fact]
    public void Convolution_tiles_split_input_channels_and_match_conv2d_without_periphery()
    {
        manual_seed(4);
        using var layer = new AnalogConv2d(16, 8, 3, padding: 1) { Config = CrossbarConfig.IdealPeriphery with { TileRows = 50 } };
        using var x = randn(2, 16, 9, 9);
        using var expected = nn.functional.conv2d(x, layer.Weight, layer.Bias, padding: [1, 1]);
        using var actual = layer.call(x);
        Assert.True(allclose(actual, expected, rtol: 1e-4, atol: 1e-4));
        Assert.Equal(4, layer.TileCount); // 5 channels x 9 rows = 45 <= 50 rows per tile: 16 channels need 4 tiles
    }

    [Theory]
    [InlineData(CellScheme.Differential)]
    [InlineData(CellScheme.Offset)]
    public void Read_noise_has_the_configured_deviation_in_full_scale_weight_units(CellScheme cells)
    {
        // aihwkit's unit: out_noise relative to the output of a full-scale weight, whichever cell scheme holds it.
        manual_seed(5);
        var config = CrossbarConfig.IdealPeriphery with { OutputNoise = 0.06, Cells = cells };
        using var layer = new AnalogLinear(4, 2000, hasBias: false) { Config = config };
        using (no_grad())
        {
            layer.Weight.zero_();
            layer.Weight.select(1, 0).fill_(1e-3f); // every column sees input 0 through a full-scale weight
        }

        layer.ResetDevices();
        using var x = tensor(new[] { 1.0f, 0f, 0f, 0f }).reshape(1, 4).expand(50, 4).contiguous();
        using var y = layer.call(x);

        // Output = (w + 0.06 z max|w|) alpha with w = max|w| = 1e-3 and alpha = 1.
        var noise = (y / 1e-3f) - 1.0f;
        var std = noise.std().item<float>();
        Assert.InRange(std, 0.06 * 0.97, 0.06 * 1.03);
        Assert.InRange(noise.mean().item<float>(), -0.002, 0.002);
    }
}
