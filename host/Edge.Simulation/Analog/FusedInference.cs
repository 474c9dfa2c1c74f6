// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Runtime.InteropServices;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// Inference through the crossbar (no autograd, analog reference subtraction) with the converters as fused passes
/// over tensor memory: abs-max alpha and DAC codes in <see cref="DacConversion"/>, the per-tile product in torch, then
/// <see cref="AdcConversion"/> (read noise, ADC rounding and clipping, the sum over tiles and the rescaling to weight
/// units, then the digital bias). Same model as the autograd path of <see cref="AnalogCore"/>:
/// y = alpha g s step_out sum_tiles ADC(...) + b.
/// </summary>
internal static class FusedInference
{
    /// <summary>True for non-empty float32 CPU inputs (others take the torch path).</summary>
    public static bool Supports(Tensor input) =>
        input.dtype == ScalarType.Float32 && input.device_type == DeviceType.CPU && input.dim() >= 2 && input.shape[0] > 0 && input.numel() > 0;

    /// <summary>Runs the layer's product and adds <paramref name="bias"/> (per output channel, or null).</summary>
    public static unsafe Tensor Forward(
        Tensor input, LayerDevices devices, Tensor? bias, CrossbarConfig config, int rowsPerChannel, Func<Tensor, Tensor, Tensor> operation)
    {
        var phases = InferencePhases.Active;
        var started = phases is null ? 0 : Stopwatch.GetTimestamp();
        var x = input.detach().contiguous();
        var samples = x.shape[0];

        // DAC: alpha and codes in one pass per sample (DacConversion). |x| / alpha <= 1, so a bound of 1 or more never
        // clips.
        var inputStep = config.InputBits > 0 ? ConverterMath.Step(config.InputBits, config.InputBound) : 1.0;
        var maximumInputCode = config.InputBound >= 1.0 ? double.PositiveInfinity
            : config.InputBits > 0 ? Math.Round(config.InputBound / inputStep) : config.InputBound;
        var dac = new DacSettings(1e-12f, (float)inputStep, config.InputBits > 0, (float)maximumInputCode);
        var codes = empty(x.shape, ScalarType.Float32);
        var alpha = GC.AllocateUninitializedArray<float>((int)samples);
        fixed (byte* data = x.bytes, codeData = codes.bytes)
        fixed (float* alphaData = alpha)
        {
            DacConversion.Encode((float*)data, samples, x.numel() / samples, dac, alphaData, (float*)codeData);
        }

        var quantising = config.OutputBits > 0;
        var step = quantising ? ConverterMath.Step(config.OutputBits, config.OutputBound) : 1.0;
        var maximumCode = quantising ? Math.Round(config.OutputBound / step) : config.OutputBound;
        var outputScale = (float)(devices.Gain * step);
        var channels = codes.shape[1];
        var channelsPerTile = Math.Max(1, config.TileRows / Math.Max(1, rowsPerChannel));
        var difference = devices.Difference;

        // One seed per layer and batch from torch's generator (runs stay reproducible under manual_seed); each tile's
        // conversion derives its own from it.
        var noiseCodes = config.OutputNoise / step;
        var layerSeed = noiseCodes > 0 ? unchecked((ulong)randint(long.MaxValue, [1], ScalarType.Int64).item<long>()) : 0UL;

        // Tiles are digitised separately and summed in integer codes; the last (often only) tile's pass adds the
        // earlier tiles' codes, rescales once per sample and adds the bias.
        var encoded = phases is null ? 0 : Stopwatch.GetTimestamp();
        long productTicks = 0;
        Tensor? sum = null;
        var tile = 0L;
        for (long first = 0; first < channels; first += channelsPerTile)
        {
            var count = Math.Min(channelsPerTile, channels - first);
            var last = first + count >= channels;
            var multiplying = phases is null ? 0 : Stopwatch.GetTimestamp();
            var partial = operation(codes.narrow(1, first, count), difference.narrow(1, first, count)).contiguous();
            productTicks += phases is null ? 0 : Stopwatch.GetTimestamp() - multiplying;
            var conversion = new Conversion(
                inputStep / step, noiseCodes, quantising, maximumCode, SeedSequence.Derive(layerSeed, tile++), last ? outputScale : 1f);
            Digitise(partial, samples, conversion, last ? alpha : null, sum, last ? bias : null);
            sum = partial;
        }

        if (phases is not null)
        {
            // The DAC phase includes the seed draw; the ADC phase is what is left after the products.
            var total = Stopwatch.GetTimestamp() - started;
            var dacTicks = encoded - started;
            phases.Record(x.numel() / samples, sum!.numel() / samples, (int)tile, dacTicks, productTicks, total - dacTicks - productTicks);
        }

        return sum!;
    }

    /// <summary>Per-value offsets of one output row: the bias of each value's channel (dimension 1), or null.</summary>
    private static float[]? BiasRow(Tensor output, Tensor? bias)
    {
        if (bias is null)
        {
            return null;
        }

        var channels = output.shape[1];
        if (bias.numel() != channels)
        {
            throw new ArgumentException($"bias has {bias.numel()} values for {channels} output channels", nameof(bias));
        }

        var perChannel = output.numel() / (output.shape[0] * channels);
        var direct = bias.dtype == ScalarType.Float32 && bias.device_type == DeviceType.CPU && bias.is_contiguous();
        using var copy = direct ? null : bias.detach().to(ScalarType.Float32, CPU).contiguous();
        var source = MemoryMarshal.Cast<byte, float>((copy ?? bias).bytes); // read in place: no torch call per batch
        var row = GC.AllocateUninitializedArray<float>((int)(channels * perChannel));
        for (var c = 0; c < channels; c++)
        {
            row.AsSpan((int)(c * perChannel), (int)perChannel).Fill(source[c]);
        }

        return row;
    }

    private static unsafe void Digitise(Tensor signal, long samples, in Conversion conversion, float[]? alpha, Tensor? accumulated, Tensor? bias)
    {
        var accumulatedBytes = accumulated is null ? default : accumulated.bytes;
        var biasRow = BiasRow(signal, bias);
        fixed (byte* data = signal.bytes, accumulatedData = accumulatedBytes)
        fixed (float* alphaData = alpha, offsets = biasRow)
        {
            AdcConversion.Convert(
                (float*)data,
                samples,
                signal.numel() / samples,
                (float)conversion.Scale,
                (float)conversion.NoiseCodes,
                conversion.Quantising,
                (float)conversion.MaximumCode,
                alphaData,
                conversion.OutputScale,
                conversion.Seed,
                (float*)accumulatedData,
                offsets);
        }
    }

    /// <summary>One tile's ADC settings: k, sigma in codes, rounding, largest code, noise seed, rescaling factor.</summary>
    private readonly record struct Conversion(double Scale, double NoiseCodes, bool Quantising, double MaximumCode, ulong Seed, float OutputScale);
}
