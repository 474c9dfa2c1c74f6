// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Analog;

[Collection(TorchCollection.Name)]
public sealed class FusedInferenceTests
{
    [Fact]
    public void Inference_without_read_noise_matches_the_converter_formula_across_tiles()
    {
        manual_seed(11);
        var config = CrossbarConfig.Default with { OutputNoise = 0.0, TileRows = 128 };
        using var layer = new AnalogLinear(300, 20, hasBias: false) { Config = config };
        using var x = randn(64, 300);
        using var _ = no_grad();
        using var actual = layer.call(x);

        // The model written out with torch ops: abs-max DAC codes, one ADC conversion per 128-row tile, sum, rescale.
        var devices = layer.Devices;
        var inputStep = ConverterMath.Step(config.InputBits, config.InputBound);
        var outputBound = config.OutputBound * devices.FullScaleDifference; // 0.5 window per full-scale weight (offset cells)
        var outputStep = ConverterMath.Step(config.OutputBits, outputBound);
        var maximumCode = Math.Round(outputBound / outputStep);
        using var alpha = x.abs().amax([1], keepdim: true);
        using var codes = x.div(alpha.mul(inputStep)).round_();
        using var difference = devices.Plus - devices.Minus;
        using var sum = zeros(64, 20);
        for (long first = 0; first < 300; first += 128)
        {
            var count = Math.Min(128, 300 - first);
            using var signal = nn.functional.linear(codes.narrow(1, first, count), difference.narrow(1, first, count));
            sum.add_(signal.mul_(inputStep / outputStep).round_().clamp_(-maximumCode, maximumCode));
        }

        using var expected = sum.mul_(alpha.mul(devices.Gain * outputStep));
        Assert.True(allclose(actual, expected, rtol: 1e-5, atol: 1e-6));
    }

    [Fact]
    public void Inference_adds_each_output_channel_its_bias_in_linear_and_convolution_layers()
    {
        // Ideal periphery and ideal devices: the fused inference path must equal the digital layers, bias included
        // (9 x 9 positions per convolution channel: a row of 8 x 81 values ends in a partial block).
        manual_seed(13);
        using var _ = no_grad();
        using var linear = new AnalogLinear(700, 40) { Config = CrossbarConfig.IdealPeriphery with { TileRows = 128 } };
        using var conv = new AnalogConv2d(16, 8, 3, padding: 1) { Config = CrossbarConfig.IdealPeriphery with { TileRows = 50 } };
        linear.Bias!.uniform_(-1.0, 1.0);
        conv.Bias!.uniform_(-1.0, 1.0);
        using var x = randn(16, 700);
        using var images = randn(3, 16, 9, 9);
        using var linearExpected = nn.functional.linear(x, linear.Weight, linear.Bias);
        using var convExpected = nn.functional.conv2d(images, conv.Weight, conv.Bias, padding: [1, 1]);
        using var linearActual = linear.call(x);
        using var convActual = conv.call(images);
        Assert.True(allclose(linearActual, linearExpected, rtol: 1e-4, atol: 1e-4));
        Assert.True(allclose(convActual, convExpected, rtol: 1e-4, atol: 1e-4));
    }

    [Fact]
    public void Read_noise_is_gaussian_in_the_tails_and_reproducible_under_manual_seed()
    {
        var config = CrossbarConfig.IdealPeriphery with { OutputNoise = 0.5, Cells = CellScheme.Differential };
        using var layer = new AnalogLinear(4, 1000, hasBias: false) { Config = config };
        using (no_grad())
        {
            layer.Weight.zero_(); // zero signal: the output is the read noise alone (times g s alpha)
            layer.Weight.select(1, 0).fill_(1e-3f);
        }

        layer.ResetDevices();
        using var x = tensor(new[] { 1.0f, 0f, 0f, 0f }).reshape(1, 4).expand(400, 4).contiguous();
        using var _ = no_grad();
        manual_seed(12);
        using var first = layer.call(x);
        manual_seed(12);
        using var second = layer.call(x);
        Assert.True(first.eq(second).all().item<bool>());

        // z = (y / (g s alpha) - 1) / sigma with g s = 1e-3 (one full-window weight), alpha = 1.
        using var z = first.div(1e-3f).sub_(1.0f).div_(0.5f);
        double Beyond(double k) => z.abs().gt(k).to(ScalarType.Float64).mean().item<double>();

        // 400 000 draws: binomial standard errors 0.07 %, 0.03 %, 0.008 % of the three fractions.
        Assert.InRange(Beyond(1.0), 0.3173 - 0.003, 0.3173 + 0.003);
        Assert.InRange(Beyond(2.0), 0.0455 - 0.0015, 0.0455 + 0.0015);
        Assert.InRange(Beyond(3.0), 0.0027 - 0.0004, 0.0027 + 0.0004);
        Assert.InRange(z.mean().item<float>(), -0.006, 0.006);
        using var pairs = (z.narrow(1, 0, 999) * z.narrow(1, 1, 999)).mean();
        Assert.InRange(pairs.item<float>(), -0.006, 0.006); // neighbouring conversions are uncorrelated
    }

    [Fact]
    public void Phases_are_timed_per_layer_only_while_a_collector_is_active()
    {
        manual_seed(17);
        using var _ = no_grad();
        var config = CrossbarConfig.Default with { TileRows = 128 };
        using var first = new AnalogLinear(300, 20) { Config = config };
        using var second = new AnalogLinear(20, 5) { Config = config };
        using var x = randn(32, 300);
        using (var untimed = second.call(first.call(x)))
        {
            Assert.Null(InferencePhases.Active);
        }

        var phases = new InferencePhases();
        InferencePhases.Active = phases;
        try
        {
            for (int pass = 0; pass < 3; pass++)
            {
                phases.BeginPass();
                using var hidden = first.call(x);
                using var output = second.call(hidden);
            }
        }
        finally
        {
            InferencePhases.Active = null;
        }

        // Two layers, three passes each; 300 rows in 128-row tiles are 3 tiles, 20 rows one.
        Assert.Equal(2, phases.Layers.Count);
        Assert.Equal((300L, 20L, 3), (phases.Layers[0].ValuesPerSample, phases.Layers[0].OutputsPerSample, phases.Layers[0].Tiles));
        Assert.Equal((20L, 5L, 1), (phases.Layers[1].ValuesPerSample, phases.Layers[1].OutputsPerSample, phases.Layers[1].Tiles));
        Assert.All(phases.Layers, layer =>
        {
            Assert.Equal(3, layer.Passes.Count);
            Assert.All(layer.Passes, p => Assert.True(p.Dac > 0 && p.Products > 0 && p.Adc > 0, $"{p}"));
        });
    }
}
