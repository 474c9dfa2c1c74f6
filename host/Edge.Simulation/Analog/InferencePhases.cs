// SPDX-License-Identifier: MIT
using System.Diagnostics;

namespace Edge.Simulation.Analog;

/// <summary>
/// Where a fused analog forward pass spends its time, layer by layer: the DAC pass, the per-tile products (torch) and
/// the ADC passes. Collected only while a benchmark has set <see cref="Active"/> on its thread (one timestamp read per
/// phase); otherwise the inference path pays a null check per layer.
/// </summary>
internal sealed class InferencePhases
{
    [ThreadStatic]
    private static InferencePhases? active;

    private readonly List<Layer> layers = [];
    private int next;

    /// <summary>The collector of the current thread's passes, or null (the default: nothing is timed).</summary>
    public static InferencePhases? Active { get => active; set => active = value; }

    /// <summary>Per layer (in the order a pass reaches them), every pass's times.</summary>
    public IReadOnlyList<Layer> Layers => layers;

    /// <summary>Starts a forward pass: the next layer timed is layer 0 again.</summary>
    public void BeginPass() => next = 0;

    /// <summary>Records one layer's phases, in <see cref="Stopwatch"/> ticks.</summary>
    public void Record(long valuesPerSample, long outputsPerSample, int tiles, long dacTicks, long productTicks, long adcTicks)
    {
        if (next == layers.Count)
        {
            layers.Add(new Layer(valuesPerSample, outputsPerSample, tiles));
        }

        layers[next++].Add(dacTicks, productTicks, adcTicks);
    }

    /// <summary>One layer's shape and the times of every pass through it.</summary>
    internal sealed class Layer(long valuesPerSample, long outputsPerSample, int tiles)
    {
        private readonly List<(long Dac, long Products, long Adc)> passes = [];

        /// <summary>Inputs per sample (the DAC's conversions per sample).</summary>
        public long ValuesPerSample { get; } = valuesPerSample;

        /// <summary>Outputs per sample (each converted once per tile).</summary>
        public long OutputsPerSample { get; } = outputsPerSample;

        /// <summary>Row tiles the layer's inputs span (each a product and an ADC pass).</summary>
        public int Tiles { get; } = tiles;

        /// <summary>Every pass's (DAC, products, ADC) ticks.</summary>
        public IReadOnlyList<(long Dac, long Products, long Adc)> Passes => passes;

        public void Add(long dac, long products, long adc) => passes.Add((dac, products, adc));
    }
}
