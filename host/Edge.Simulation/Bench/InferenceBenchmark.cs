// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Host.Crossbar;
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
public sealed record InferenceBenchmarkResult(string Model, int BatchSize, double DigitalImagesPerSecond, double AnalogImagesPerSecond, double Ratio);

/// <summary>Times forward passes of the digit models on random 1x28x28 inputs (median of repetitions).</summary>
public static class InferenceBenchmark
{
    /// <summary>Runs the benchmark for MLP and LeNet-5.</summary>
    public static IReadOnlyList<InferenceBenchmarkResult> Run(int batchSize = 500, int repetitions = 20)
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
            var digitalSeconds = MedianSeconds(digital, input, repetitions);
            var analogSeconds = MedianSeconds(analog, input, repetitions);
            results.Add(new InferenceBenchmarkResult(
                name, batchSize, batchSize / digitalSeconds, batchSize / analogSeconds, analogSeconds / digitalSeconds));
        }

        return results;
    }

    private static double MedianSeconds(nn.Module<Tensor, Tensor> model, Tensor input, int repetitions)
    {
        model.eval();
        using var _ = no_grad();
        var times = new double[repetitions];
        for (var r = -2; r < repetitions; r++)
        {
            using var scope = NewDisposeScope();
            var watch = Stopwatch.StartNew();
            model.call(input);
            if (r >= 0)
            {
                times[r] = watch.Elapsed.TotalSeconds;
            }
        }

        Array.Sort(times);
        return times[repetitions / 2];
    }
}
