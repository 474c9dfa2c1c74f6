// SPDX-License-Identifier: MIT
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// One analog layer's matrix-vector product through tiles: abs-max input normalisation, DAC, the crossbar (devices
/// y_a, y_b), read noise and ADC per tile, digital accumulation over tiles, rescaling to weight units.
/// Linear and convolution layers differ only in the operation applied per tile (both slice dimension 1 of input and
/// weight: input features for linear, input channels for convolution).
/// </summary>
internal static class AnalogCore
{
    /// <summary>Runs the product; <paramref name="gain"/> is g s (weight units per unit device difference).</summary>
    /// <param name="input">Layer input, batch first.</param>
    /// <param name="devices">The devices the layer is held in (programmed or ideal).</param>
    /// <param name="trainable">Added to the device difference with zero value and unit gradient (in-memory training), or null.</param>
    /// <param name="bias">The digital bias per output channel (added after the ADC), or null.</param>
    /// <param name="rowsPerChannel">Crossbar rows one input channel needs (1 for linear, kh kw for convolution).</param>
    /// <param name="operation">The per-tile product: (input slice, weight-shaped slice) to output.</param>
    public static Tensor Forward(
        Tensor input,
        LayerDevices devices,
        Tensor? trainable,
        Tensor? bias,
        CrossbarConfig config,
        int rowsPerChannel,
        Func<Tensor, Tensor, Tensor> operation)
    {
        using var scope = NewDisposeScope();

        // The converters' bound and read noise are given in aihwkit's unit, the signal of a full-scale weight (see
        // CrossbarConfig); the simulation computes in device differences.
        var unit = devices.FullScaleDifference;
        config = config with { OutputBound = config.OutputBound * unit, OutputNoise = config.OutputNoise * unit };
        if (!is_grad_enabled() && config.Subtraction == ReferenceSubtraction.Analog && FusedInference.Supports(input))
        {
            return FusedInference.Forward(input, devices, bias, config, rowsPerChannel, operation).MoveToOuterDisposeScope();
        }

        var reduceDims = Enumerable.Range(1, (int)input.dim() - 1).Select(d => (long)d).ToArray();
        var detached = input.detach();

        // Abs-max per sample from two reductions (no |x| temporary).
        using var smallest = 1e-12.ToScalar();
        var alpha = detached.amax(reduceDims, keepdim: true).maximum(detached.amin(reduceDims, keepdim: true).neg()).clamp_min(smallest);
        if (!is_grad_enabled() && config.Subtraction == ReferenceSubtraction.Analog)
        {
            return AddBias(InferenceForward(input, alpha, devices, config, rowsPerChannel, operation), bias).MoveToOuterDisposeScope();
        }

        var normalised = ConverterMath.Quantize(input / alpha, config.InputBits, config.InputBound);
        var channels = input.shape[1];
        var channelsPerTile = Math.Max(1, config.TileRows / Math.Max(1, rowsPerChannel));
        Tensor? sum = null;
        for (long first = 0; first < channels; first += channelsPerTile)
        {
            var count = Math.Min(channelsPerTile, channels - first);
            var x = normalised.narrow(1, first, count);
            var plus = devices.Plus.narrow(1, first, count);
            var minus = devices.Minus.narrow(1, first, count);
            var partial = config.Subtraction == ReferenceSubtraction.Analog
                ? AnalogSubtraction(x, plus, minus, trainable?.narrow(1, first, count), config, operation)
                : DigitalSubtraction(x, plus, minus, trainable?.narrow(1, first, count), config, operation);
            sum = sum is null ? partial : sum.add_(partial, alpha: HeldScalars.One);
        }

        using var gain = devices.Gain.ToScalar();
        return AddBias(sum!.mul_(alpha.mul(gain)), bias).MoveToOuterDisposeScope();
    }

    /// <summary>output + bias per output channel (dimension 1), in place.</summary>
    private static Tensor AddBias(Tensor output, Tensor? bias)
    {
        if (bias is null)
        {
            return output;
        }

        var shape = new long[output.dim()];
        Array.Fill(shape, 1L);
        shape[1] = -1;
        return output.add_(bias.view(shape), alpha: HeldScalars.One);
    }

    /// <summary>
    /// The same computation without autograd, in place: read noise and ADC rounding work on integer ADC codes
    /// (signal / step), summed over tiles and scaled once - fewer passes over the (large) output tensors. Used for
    /// inputs <see cref="FusedInference"/> does not take (not float32 on the CPU).
    /// </summary>
    private static Tensor InferenceForward(
        Tensor input, Tensor alpha, LayerDevices devices, CrossbarConfig config, int rowsPerChannel, Func<Tensor, Tensor, Tensor> operation)
    {
        // DAC codes: x / (alpha step_in), rounded and clipped to the converter's code range.
        var inputStep = config.InputBits > 0 ? ConverterMath.Step(config.InputBits, config.InputBound) : 1.0;
        using var inputStepScalar = inputStep.ToScalar();
        var normalised = input.div(alpha.mul(inputStepScalar));
        if (config.InputBits > 0)
        {
            normalised.round_();
        }

        // |x| / alpha <= 1 after abs-max normalisation, so a DAC bound of 1 or more never clips: skip that pass.
        if (config.InputBound < 1.0)
        {
            var maximumInputCode = config.InputBits > 0 ? Math.Round(config.InputBound / inputStep) : config.InputBound;
            using var low = (-maximumInputCode).ToScalar();
            using var high = maximumInputCode.ToScalar();
            normalised.clamp_(low, high);
        }

        var quantising = config.OutputBits > 0;
        var step = quantising ? ConverterMath.Step(config.OutputBits, config.OutputBound) : 1.0;
        var maximumCode = quantising ? Math.Round(config.OutputBound / step) : config.OutputBound;
        var channels = normalised.shape[1];
        var channelsPerTile = Math.Max(1, config.TileRows / Math.Max(1, rowsPerChannel));
        var difference = devices.Difference;
        Tensor? sum = null;
        for (long first = 0; first < channels; first += channelsPerTile)
        {
            var count = Math.Min(channelsPerTile, channels - first);
            var codes = channelsPerTile >= channels
                ? operation(normalised, difference)
                : operation(normalised.narrow(1, first, count), difference.narrow(1, first, count));
            Digitise(codes, inputStep / step, config.OutputNoise / step, quantising, maximumCode);
            sum = sum is null ? codes : sum.add_(codes, alpha: HeldScalars.One);
        }

        using var factor = (devices.Gain * step).ToScalar();
        return sum!.mul_(alpha.mul(factor));
    }

    /// <summary>codes = clamp(round(signal k + noise), -m, m), in place (torch ops).</summary>
    private static void Digitise(Tensor codes, double scale, double noiseCodes, bool quantising, double maximumCode)
    {
        using (var factor = scale.ToScalar())
        {
            codes.mul_(factor);
        }

        if (noiseCodes > 0)
        {
            using var noise = randn_like(codes);
            using var noiseScale = noiseCodes.ToScalar();
            codes.add_(noise, alpha: noiseScale);
        }

        if (quantising)
        {
            codes.round_();
        }

        if (!double.IsInfinity(maximumCode))
        {
            using var low = (-maximumCode).ToScalar();
            using var high = maximumCode.ToScalar();
            codes.clamp_(low, high);
        }
    }

    private static Tensor AnalogSubtraction(
        Tensor x, Tensor plus, Tensor minus, Tensor? trainable, CrossbarConfig config, Func<Tensor, Tensor, Tensor> operation)
    {
        var difference = plus - minus;
        if (trainable is not null)
        {
            difference = difference.add(trainable, alpha: HeldScalars.One);
        }

        return Convert(operation(x, difference), config, config.OutputBound);
    }

    private static Tensor DigitalSubtraction(
        Tensor x, Tensor plus, Tensor minus, Tensor? trainable, CrossbarConfig config, Func<Tensor, Tensor, Tensor> operation)
    {
        // Each column current carries the common mode g0 sum_i x_i; the ADC range has to hold it as well.
        var g0 = config.Window.CommonModeRatio;
        var bound = config.OutputBound * (1.0 + g0);
        using var commonMode = g0.ToScalar();
        var columnDevices = plus.add(commonMode, alpha: HeldScalars.One);
        if (trainable is not null)
        {
            columnDevices = columnDevices.add(trainable, alpha: HeldScalars.One);
        }

        var column = Convert(operation(x, columnDevices), config, bound);
        var reference = Convert(operation(x, minus.add(commonMode, alpha: HeldScalars.One)), config, bound);
        return column - reference;
    }

    private static Tensor Convert(Tensor signal, CrossbarConfig config, double bound)
    {
        if (config.OutputNoise > 0)
        {
            using var noiseScale = config.OutputNoise.ToScalar();
            signal = signal.add(randn_like(signal).mul_(noiseScale), alpha: HeldScalars.One);
        }

        return ConverterMath.Quantize(signal, config.OutputBits, bound);
    }
}
