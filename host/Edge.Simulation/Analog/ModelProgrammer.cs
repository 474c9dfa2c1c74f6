// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// Weight transfer for a whole analog model at one bit count: plans every layer once (quantisation is
/// deterministic), then <see cref="Program"/> samples one program error per device per call - one call per
/// programmed model (trial), never per forward pass.
/// </summary>
public sealed class ModelProgrammer
{
    private readonly CrossbarProgrammer programmer;
    private readonly CrossbarConfig config;

    /// <summary>Plans every <see cref="IAnalogLayer"/> of <paramref name="model"/> from its current weights.</summary>
    public ModelProgrammer(nn.Module model, CrossbarProgrammer programmer, CrossbarConfig config, double headroom = 1.0)
    {
        ArgumentNullException.ThrowIfNull(model);
        this.programmer = programmer ?? throw new ArgumentNullException(nameof(programmer));
        this.config = config ?? throw new ArgumentNullException(nameof(config));
        Layers = AnalogLayersOf(model)
            .Select((layer, index) =>
            {
                layer.ResetDevices();
                return ProgrammedLayer.Plan(index, layer, programmer.Quantizer, config, headroom);
            })
            .ToArray();
    }

    /// <summary>The per-layer plans, in module order.</summary>
    public IReadOnlyList<ProgrammedLayer> Layers { get; }

    /// <summary>Programmed devices in the model (reference columns excluded).</summary>
    public long DeviceCount => Layers.Sum(l => (long)l.PlusLevels.Length + (l.MinusLevels?.Length ?? 0));

    /// <summary>Programs every layer (one sampled error per device) with seeds derived from <paramref name="seed"/>.</summary>
    public void Program(ulong seed)
    {
        foreach (var layer in Layers)
        {
            layer.Program(programmer, config, seed);
        }
    }

    /// <summary>The analog layers of a model, in registration order.</summary>
    public static IReadOnlyList<IAnalogLayer> AnalogLayersOf(nn.Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.modules().OfType<IAnalogLayer>().ToArray();
    }

    /// <summary>Sets the configuration of every analog layer (and drops programmed devices).</summary>
    public static void Configure(nn.Module model, CrossbarConfig config)
    {
        foreach (var layer in AnalogLayersOf(model))
        {
            layer.Config = config;
            layer.ResetDevices();
        }
    }
}
