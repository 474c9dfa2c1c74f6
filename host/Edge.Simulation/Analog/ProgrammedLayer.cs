// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using Edge.Analog.Noise;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// One analog layer's plan: the converter chosen from its weights and the level every device is programmed to
/// (the same plan the deployer would send to a board). The level arrays are mutable for in-memory training.
/// </summary>
public sealed class ProgrammedLayer
{
    internal ProgrammedLayer(int index, IAnalogLayer layer, ConductanceConverter converter, int[] plusLevels, int[]? minusLevels)
    {
        Index = index;
        Layer = layer;
        Converter = converter;
        PlusLevels = plusLevels;
        MinusLevels = minusLevels;
    }

    /// <summary>Position among the model's analog layers (part of every seed path).</summary>
    public int Index { get; }

    /// <summary>The layer.</summary>
    public IAnalogLayer Layer { get; }

    /// <summary>Weights to device values for this layer.</summary>
    public ConductanceConverter Converter { get; }

    /// <summary>Level index of every y_a device (weight order).</summary>
    public int[] PlusLevels { get; }

    /// <summary>Level index of every y_b device (differential), or null (offset: fixed reference column).</summary>
    public int[]? MinusLevels { get; }

    /// <summary>Plans <paramref name="layer"/>: converter from its current weights and range mode, nearest reached levels.</summary>
    public static ProgrammedLayer Plan(int index, IAnalogLayer layer, LevelQuantizer quantizer, CrossbarConfig config, double headroom = 1.0)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(quantizer);
        ArgumentNullException.ThrowIfNull(config);
        var weights = AnalogLayerState.WeightValues(layer.Weight);
        var converter = new ConductanceConverter(config.Cells, WeightScale.For(weights, config.Range) * headroom);
        var plus = new float[weights.Length];
        var minus = config.Cells == CellScheme.Differential ? new float[weights.Length] : [];
        converter.ToDevice(weights, plus, minus);
        var plusLevels = new int[weights.Length];
        quantizer.Quantize(plus, plusLevels);
        int[]? minusLevels = null;
        if (config.Cells == CellScheme.Differential)
        {
            minusLevels = new int[weights.Length];
            quantizer.Quantize(minus, minusLevels);
        }

        return new ProgrammedLayer(index, layer, converter, plusLevels, minusLevels);
    }

    /// <summary>Programs every device once (level + sampled error, then drift / variation) and loads them into the layer.</summary>
    public void Program(CrossbarProgrammer programmer, CrossbarConfig config, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(programmer);
        ArgumentNullException.ThrowIfNull(config);
        var shape = Layer.Weight.shape;
        var plus = ProgramSide(programmer, config, PlusLevels, shape, SeedSequence.Derive(seed, Index, 0));
        var minus = MinusLevels is null
            ? LayerDevices.OffsetReference(Layer.Weight)
            : ProgramSide(programmer, config, MinusLevels, shape, SeedSequence.Derive(seed, Index, 1));
        Layer.Load(new LayerDevices(plus, minus, Converter));
    }

    private static Tensor ProgramSide(CrossbarProgrammer programmer, CrossbarConfig config, int[] levels, long[] shape, ulong seed)
    {
        var devices = empty(shape, ScalarType.Float32);
        var span = TensorSpans.Floats(devices);
        programmer.Program(levels, span, seed);
        Disturb(span, config, seed);
        return devices;
    }

    /// <summary>Drift and device-to-device variation (options; the paper modelled neither).</summary>
    internal static void Disturb(Span<float> devices, CrossbarConfig config, ulong seed)
    {
        var g0 = config.Window.CommonModeRatio;
        ConductanceDisturbance.ApplyVariation(devices, config.DeviceVariation, g0, SeedSequence.Derive(seed, 7));
        if (config.DriftSeconds > 0)
        {
            var factor = ConductanceDisturbance.DriftFactor(config.DriftSeconds, config.DriftExponent, config.DriftReferenceSeconds);
            ConductanceDisturbance.Apply(devices, factor, g0);
        }
    }
}
