// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// The normalised device values one analog layer holds, shaped like its weight: y_a (the weight's device, or the
/// plus device) and y_b (the offset reference 0.5, or the minus device); weight = <see cref="Gain"/> (y_a - y_b).
/// </summary>
public sealed class LayerDevices : IDisposable
{
    /// <summary>Wraps device tensors (the instance owns and disposes them).</summary>
    public LayerDevices(Tensor plus, Tensor minus, ConductanceConverter converter)
    {
        // Device tensors live as long as the layer holds them, not as long as the dispose scope they were made in.
        Plus = (plus ?? throw new ArgumentNullException(nameof(plus))).DetachFromDisposeScope();
        Minus = (minus ?? throw new ArgumentNullException(nameof(minus))).DetachFromDisposeScope();
        Converter = converter ?? throw new ArgumentNullException(nameof(converter));
    }

    /// <summary>y_a per weight.</summary>
    public Tensor Plus { get; }

    /// <summary>y_b per weight (a broadcast 0.5 for the offset scheme's fixed reference column).</summary>
    public Tensor Minus { get; }

    /// <summary>The converter that defines the mapping.</summary>
    public ConductanceConverter Converter { get; }

    /// <summary>g s: weight units per unit of (y_a - y_b).</summary>
    public double Gain => Converter.WeightPerDeviceUnit;

    /// <summary>
    /// y_a - y_b of a full-scale weight (|w| = the converter's scale): 0.5 for offset cells, 1 for differential ones.
    /// aihwkit normalises a tile's weights to max |w| = 1, so its out_noise and out_bound are in this unit.
    /// </summary>
    public double FullScaleDifference => Converter.Scale / Converter.WeightPerDeviceUnit;

    /// <summary>Ideal devices for <paramref name="weight"/>: the converter's continuous mapping, no levels, no error.</summary>
    public static LayerDevices Ideal(Tensor weight, ConductanceConverter converter)
    {
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(converter);
        using var _ = no_grad();
        using var scale = converter.Scale.ToScalar();
        using var minusOne = (-1.0).ToScalar();
        using var two = 2.0.ToScalar();
        using var zero = 0.0.ToScalar();
        var u = weight.detach().div(scale).clamp(minusOne, HeldScalars.One);
        return converter.Scheme == CellScheme.Offset
            ? new LayerDevices(u.add(HeldScalars.One, alpha: HeldScalars.One).div_(two), OffsetReference(weight), converter)
            : new LayerDevices(u.clamp_min(zero), u.neg().clamp_min_(zero), converter);
    }

    /// <summary>The offset scheme's reference: fixed mid-window conductance, broadcast to the weight's shape.</summary>
    public static Tensor OffsetReference(Tensor weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        using var reference = ConductanceConverter.OffsetReference.ToScalar();
        return full(weight.shape, reference, dtype: weight.dtype);
    }

    private Tensor? difference;

    /// <summary>y_a - y_b, cached for inference (call <see cref="Invalidate"/> after writing device values in place).</summary>
    public Tensor Difference => difference ??= Plus.sub(Minus).DetachFromDisposeScope();

    /// <summary>Drops cached values derived from the device tensors (after in-place reprogramming).</summary>
    public void Invalidate()
    {
        difference?.Dispose();
        difference = null;
    }

    /// <summary>The weights these devices represent, g s (y_a - y_b).</summary>
    public Tensor EffectiveWeight()
    {
        using var gain = Gain.ToScalar();
        return Plus.sub(Minus).mul_(gain);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Invalidate();
        Plus.Dispose();
        Minus.Dispose();
    }
}
