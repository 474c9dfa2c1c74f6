// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.ErrorModel;
using Edge.Analog.Mapping;
using Edge.Simulation.Analog;
using Edge.Simulation.Data;
using Edge.Simulation.Models;
using Edge.Simulation.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Bench;

/// <summary>One model's inference throughput, digital vs programmed analog (default crossbar settings).</summary>
/// <param name="Model">Model name.</param>
/// <param name="BatchSize">Images per forward pass.</param>
/// <param name="DigitalImagesPerSecond">Plain TorchSharp layers.</param>
/// <param name="AnalogImagesPerSecond">Crossbar layers: DAC, tiles, read noise, ADC (devices programmed once beforehand).</param>
/// <param name="Ratio">Analog cost over digital cost (digital / analog images per second).</param>
/// <param name="PairedRatio">
/// Median over the alternating pairs of each pair's analog time over its digital time: the two passes of a pair run
/// back to back, so load from other processes that changes between pairs cancels (steadier on a busy machine).
/// </param>
public sealed record InferenceBenchmarkResult(
    string Model, int BatchSize, double DigitalImagesPerSecond, double AnalogImagesPerSecond, double Ratio, double PairedRatio)
{
    /// <summary>Per crossbar layer, where an analog pass spends its time (only with a breakdown; null otherwise).</summary>
    public IReadOnlyList<InferenceLayerTimes>? Layers { get; init; }
}

/// <summary>One crossbar layer's share of an analog forward pass, medians over the timed passes.</summary>
/// <param name="Layer">Position in the model (0 = first crossbar layer).</param>
/// <param name="InputsPerSample">Values the DAC converts per sample (features, or channels x kernel positions x pixels).</param>
/// <param name="OutputsPerSample">Values the ADC converts per sample and tile.</param>
/// <param name="Tiles">Row tiles: one product and one ADC pass each.</param>
/// <param name="DacMicroseconds">The DAC pass (abs-max and codes) and the noise seed draw, us.</param>
/// <param name="ProductsMicroseconds">The tiles' products (libtorch), us.</param>
/// <param name="AdcMicroseconds">The ADC passes (read noise, rounding, clipping, sum over tiles, rescaling, bias), us.</param>
public sealed record InferenceLayerTimes(
    int Layer, long InputsPerSample, long OutputsPerSample, int Tiles, double DacMicroseconds, double ProductsMicroseconds, double AdcMicroseconds);

/// <summary>Times forward passes of the digit models on random 1x28x28 inputs (median of alternating repetitions).</summary>
public static class InferenceBenchmark
{
    /// <summary>Runs the benchmark for MLP and LeNet-5; with <paramref name="breakdown"/> it then times the analog passes layer by layer.</summary>
    public static IReadOnlyList<InferenceBenchmarkResult> Run(int batchSize = 500, int repetitions = 20, bool breakdown = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        TorchNative.EnsureReady();
        var shape = new ImageShape(1, 28, 28);
        var results = new List<InferenceBenchmarkResult>();
        foreach (var name in new[] { "mlp", "lenet5" })
        {
            manual_seed(1);
            using var digital = ModelCatalogue.Create(name, DigitalLayers.Instance, shape, 10);
            using var analog = ModelCatalogue.Create(name, new AnalogLayers(CrossbarConfig.Default), shape, 10);
            analog.load_state_dict(digital.state_dict());
            var levels = new FallbackErrorModelSource().Get(FallbackErrorModelSource.DefaultLevels);
            new ModelProgrammer(analog, new CrossbarProgrammer(levels), CrossbarConfig.Default).Program(1);
            using var input = rand(batchSize, 1, 28, 28);
            var (digitalSeconds, analogSeconds, pairedRatio) = MedianSeconds(digital, analog, input, repetitions);
            results.Add(new InferenceBenchmarkResult(
                name, batchSize, batchSize / digitalSeconds, batchSize / analogSeconds, analogSeconds / digitalSeconds, pairedRatio)
            {
                Layers = breakdown ? LayerTimes(analog, input, repetitions) : null,
            });
        }

        return results;
    }

    /// <summary>
    /// Median forward time of each model, the two timed alternately (after warm-up passes of both) so that load from
    /// other processes on the machine falls on both alike, and the median of the pairs' analog / digital ratios.
    /// </summary>
    private static (double Digital, double Analog, double PairedRatio) MedianSeconds(
        nn.Module<Tensor, Tensor> digital, nn.Module<Tensor, Tensor> analog, Tensor input, int repetitions)
    {
        digital.eval();
        analog.eval();
        using var _ = no_grad();
        var digitalTimes = new double[repetitions];
        var analogTimes = new double[repetitions];
        for (var r = -3; r < repetitions; r++)
        {
            var digitalSeconds = Seconds(digital, input);
            var analogSeconds = Seconds(analog, input);
            if (r >= 0)
            {
                digitalTimes[r] = digitalSeconds;
                analogTimes[r] = analogSeconds;
            }
        }

        var ratios = analogTimes.Zip(digitalTimes, (a, d) => a / d).Order().ToArray();
        Array.Sort(digitalTimes);
        Array.Sort(analogTimes);
        return (digitalTimes[repetitions / 2], analogTimes[repetitions / 2], ratios[repetitions / 2]);
    }

    /// <summary>
    /// Separate passes (after the ratio is measured, so the timestamps cost it nothing) with the phases collected; the
    /// median of each layer's phases.
    /// </summary>
    private static List<InferenceLayerTimes> LayerTimes(nn.Module<Tensor, Tensor> analog, Tensor input, int repetitions)
    {
        var phases = new InferencePhases();
        using (no_grad())
        {
            InferencePhases.Active = phases;
            try
            {
                for (var r = 0; r < repetitions; r++)
                {
                    phases.BeginPass();
                    Seconds(analog, input);
                }
            }
            finally
            {
                InferencePhases.Active = null;
            }
        }

        double Median(IEnumerable<long> ticks)
        {
            var sorted = ticks.Order().ToArray();
            return sorted[sorted.Length / 2] * 1e6 / Stopwatch.Frequency;
        }

        return phases.Layers.Select((layer, i) => new InferenceLayerTimes(
            i,
            layer.ValuesPerSample,
            layer.OutputsPerSample,
            layer.Tiles,
            Median(layer.Passes.Select(p => p.Dac)),
            Median(layer.Passes.Select(p => p.Products)),
            Median(layer.Passes.Select(p => p.Adc)))).ToList();
    }

    private static double Seconds(nn.Module<Tensor, Tensor> model, Tensor input)
    {
        using var scope = NewDisposeScope();
        var watch = Stopwatch.StartNew();
        model.call(input);
        return watch.Elapsed.TotalSeconds;
    }
}
