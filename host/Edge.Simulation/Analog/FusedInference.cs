// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// Inference through the crossbar (no autograd, analog reference subtraction) with the converters as fused passes
/// over tensor memory: abs-max alpha and DAC codes in torch, the per-tile product in torch, then
/// <see cref="AdcConversion"/> (read noise, ADC rounding and clipping, and for a single tile the rescaling to weight
/// units). Same model as the autograd path of <see cref="AnalogCore"/>: y = alpha g s step_out sum_tiles ADC(...).
/// </summary>
internal static class FusedInference
{
    /// <summary>True for non-empty float32 CPU inputs (others take the torch path).</summary>
    public static bool Supports(Tensor input) =>
        input.dtype == ScalarType.Float32 && input.device_type == DeviceType.CPU && input.dim() >= 2 && input.shape[0] > 0 && input.numel() > 0;

    /// <summary>Runs the layer's product; the result is in weight units (bias not added).</summary>
    public static unsafe Tensor Forward(
        Tensor input, LayerDevices devices, CrossbarConfig config, int rowsPerChannel, Func<Tensor, Tensor, Tensor> operation)
    {
        var x = input.detach();
        var samples = x.shape[0];

        // DAC in torch (its passes run on every core; the product that follows ran slower after a one-core pass over
        // the input, see docs/performance.md): alpha = per-sample abs-max, codes = round(x / (alpha step_in)).
        // |x| / alpha <= 1, so a bound of 1 or more never clips (that pass is skipped).
        var reduceDims = Enumerable.Range(1, (int)x.dim() - 1).Select(d => (long)d).ToArray();
        var inputStep = config.InputBits > 0 ? ConverterMath.Step(config.InputBits, config.InputBound) : 1.0;
        using var smallest = 1e-12.ToScalar();
        using var inputStepScalar = inputStep.ToScalar();
        var alpha = x.amax(reduceDims, keepdim: true).maximum(x.amin(reduceDims, keepdim: true).neg_()).clamp_min_(smallest);
        var codes = x.div(alpha.mul(inputStepScalar));
        if (config.InputBits > 0)
        {
            codes.round_();
        }

        if (config.InputBound < 1.0)
        {
            var maximumInputCode = config.InputBits > 0 ? Math.Round(config.InputBound / inputStep) : config.InputBound;
            using var high = maximumInputCode.ToScalar();
            using var low = (-maximumInputCode).ToScalar();
            codes.clamp_(low, high);
        }

        var quantising = config.OutputBits > 0;
        var step = quantising ? ConverterMath.Step(config.OutputBits, config.OutputBound) : 1.0;
        var maximumCode = quantising ? Math.Round(config.OutputBound / step) : config.OutputBound;
        var outputScale = (float)(devices.Gain * step);
        var channels = codes.shape[1];
        var channelsPerTile = Math.Max(1, config.TileRows / Math.Max(1, rowsPerChannel));
        var difference = devices.Difference;
        if (channelsPerTile >= channels)
        {
            var output = operation(codes, difference).contiguous();
            Digitise(output, samples, inputStep / step, config.OutputNoise / step, quantising, maximumCode, alpha, outputScale);
            return output;
        }

        Tensor? sum = null;
        for (long first = 0; first < channels; first += channelsPerTile)
        {
            var count = Math.Min(channelsPerTile, channels - first);
            var partial = operation(codes.narrow(1, first, count), difference.narrow(1, first, count)).contiguous();
            Digitise(partial, samples, inputStep / step, config.OutputNoise / step, quantising, maximumCode, null, 1f);
            sum = sum is null ? partial : sum.add_(partial, alpha: HeldScalars.One);
        }

        // Tiles are digitised separately and summed in integer codes, then rescaled once per sample.
        using var factor = ((double)outputScale).ToScalar(); // held until the calls return (no finaliser race)
        return sum!.mul_(alpha.mul(factor));
    }

    private static unsafe void Digitise(
        Tensor signal, long samples, double scale, double noiseCodes, bool quantising, double maximumCode, Tensor? alpha, float outputScale)
    {
        // One seed per conversion from torch's generator, so runs stay reproducible under manual_seed.
        var seed = noiseCodes > 0 ? randint(long.MaxValue, [1], ScalarType.Int64).item<long>() : 0L;
        var alphaBytes = alpha is null ? default : alpha.bytes;
        fixed (byte* data = signal.bytes, alphaData = alphaBytes)
        {
            AdcConversion.Convert(
                (float*)data, samples, signal.numel() / samples, (float)scale, (float)noiseCodes, quantising, (float)maximumCode,
                (float*)alphaData, outputScale, unchecked((ulong)seed));
        }
    }
}
