// SPDX-License-Identifier: MIT
using Edge.Analog.Mapping;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Analog;

/// <summary>
/// In-memory training updates, AnalogSGD-like: the weights exist only as device states. After each backward pass
/// every device's target moves by -lr dL/dw (converted to device units); the target is rounded stochastically to
/// one of the two neighbouring reached levels (the expected step equals the requested one, as aihwkit's stochastic
/// pulse trains give), and every device whose level changed is reprogrammed: a fresh program error is sampled for it.
/// Digital parameters (biases, batch norm) get plain SGD.
/// </summary>
public sealed class AnalogSgd
{
    private readonly nn.Module model;
    private readonly CrossbarProgrammer programmer;
    private readonly ModelProgrammer plan;
    private readonly double learningRate;
    private readonly Random rounding;
    private readonly ulong seed;
    private long step;

    /// <summary>Programs the model's current (initial) weights and prepares the update rule.</summary>
    /// <param name="model">Model with analog layers.</param>
    /// <param name="programmer">Quantiser and sampler at the wanted bit count.</param>
    /// <param name="config">Crossbar settings (range and cells define each layer's converter).</param>
    /// <param name="learningRate">SGD learning rate.</param>
    /// <param name="seed">Seeds the initial programming, the stochastic rounding and every reprogramming.</param>
    /// <param name="headroom">Window scale = headroom x the range mode's scale of the initial weights (weights grow in training).</param>
    public AnalogSgd(nn.Module model, CrossbarProgrammer programmer, CrossbarConfig config, double learningRate, ulong seed, double headroom)
    {
        this.model = model ?? throw new ArgumentNullException(nameof(model));
        this.programmer = programmer ?? throw new ArgumentNullException(nameof(programmer));
        this.learningRate = learningRate;
        this.seed = seed;
        rounding = new Random(unchecked((int)seed));
        plan = new ModelProgrammer(model, programmer, config, headroom);
        plan.Program(seed);
        foreach (var layer in plan.Layers)
        {
            layer.Layer.RouteGradientsToWeight = true;
        }

        AnalogParameters = new HashSet<IntPtr>(plan.Layers.Select(l => l.Layer.Weight.Handle));
    }

    /// <summary>Devices reprogrammed so far (a measure of write traffic).</summary>
    public long Reprogrammed { get; private set; }

    private HashSet<IntPtr> AnalogParameters { get; }

    /// <summary>Applies one update from the gradients of the last backward pass, then clears them.</summary>
    public void Step()
    {
        step++;
        using var _ = no_grad();
        foreach (var layer in plan.Layers)
        {
            if (layer.Layer.Weight.grad is { } gradient)
            {
                UpdateLayer(layer, gradient);
            }
        }

        using var rate = learningRate.ToScalar();
        foreach (var parameter in model.parameters())
        {
            if (!AnalogParameters.Contains(parameter.Handle) && parameter.grad is { } gradient)
            {
                using var update = gradient.mul(rate);
                parameter.sub_(update);
            }
        }

        model.zero_grad();
    }

    private void UpdateLayer(ProgrammedLayer layer, Tensor gradient)
    {
        using var contiguous = gradient.contiguous();
        var g = TensorSpans.Floats(contiguous).ToArray();
        var actual = programmer.Model.Actual;
        var converter = layer.Converter;
        var quantizer = programmer.Quantizer;
        var changedPlus = new List<int>();
        var changedMinus = new List<int>();
        for (var i = 0; i < g.Length; i++)
        {
            var minusLevel = layer.MinusLevels is null ? ConductanceConverter.OffsetReference : actual[layer.MinusLevels[i]];
            var target = converter.ToWeight(actual[layer.PlusLevels[i]], minusLevel) - (learningRate * g[i]);
            var (plus, minus) = converter.ToDevice(target);
            if (Round(quantizer, plus) is var p && p != layer.PlusLevels[i])
            {
                layer.PlusLevels[i] = p;
                changedPlus.Add(i);
            }

            if (layer.MinusLevels is not null && Round(quantizer, minus) is var m && m != layer.MinusLevels[i])
            {
                layer.MinusLevels[i] = m;
                changedMinus.Add(i);
            }
        }

        layer.Layer.Devices.Invalidate();
        Reprogram(layer.Layer.Devices.Plus, layer.PlusLevels, changedPlus, SeedSequence.Derive(seed, step, layer.Index, 0));
        if (layer.MinusLevels is not null)
        {
            Reprogram(layer.Layer.Devices.Minus, layer.MinusLevels, changedMinus, SeedSequence.Derive(seed, step, layer.Index, 1));
        }
    }

    private int Round(LevelQuantizer quantizer, double target)
    {
        var (lower, upper, fraction) = quantizer.Bracket(target);
        return fraction > 0 && rounding.NextDouble() < fraction ? upper : lower;
    }

    private void Reprogram(Tensor devices, int[] levels, List<int> changed, ulong streamSeed)
    {
        if (changed.Count == 0)
        {
            return;
        }

        var chosen = new int[changed.Count];
        for (var j = 0; j < chosen.Length; j++)
        {
            chosen[j] = levels[changed[j]];
        }

        var values = new float[chosen.Length];
        programmer.Program(chosen, values, streamSeed);
        var span = TensorSpans.Floats(devices);
        for (var j = 0; j < chosen.Length; j++)
        {
            span[changed[j]] = values[j];
        }

        Reprogrammed += chosen.Length;
    }
}
