// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using Edge.Reports;
using Edge.Simulation.Data;
using Edge.Simulation.Training;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Edge.Simulation.Tests.Training;

/// <summary>
/// Training steps while other threads force garbage collections and churn native Scalars. A Scalar created
/// implicitly for a native call (TorchSharp's optim.SGD passes its learning rate and momentum that way) can be
/// finalised during the call; libtorch then reads freed memory and fails in c10::Scalar::toFloat. With TorchSharp's
/// optim.SGD in <see cref="DigitalTrainer"/> this test failed with exactly that error (see docs/simulation.md for the
/// measured step counts); with <see cref="MomentumSgd"/> every Scalar lives until its call has returned.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class DigitalTrainerCollectionStressTests(ITestOutputHelper output)
{
    /// <summary>Training steps of the stress run; EDGE_SCALAR_STRESS_STEPS overrides it for longer campaigns.</summary>
    private static readonly int Steps = int.Parse(
        Environment.GetEnvironmentVariable("EDGE_SCALAR_STRESS_STEPS") ?? "3000", CultureInfo.InvariantCulture);

    [Fact]
    public void Training_survives_forced_collections_between_and_during_native_calls()
    {
        const int imagesPerEpoch = 512;
        const int batchSize = 8;
        var epochs = Math.Max(1, Steps / (imagesPerEpoch / batchSize));
        var train = Synthetic(imagesPerEpoch, seed: 3);
        var test = Synthetic(64, seed: 4);
        manual_seed(1);
        using var model = nn.Sequential(nn.Flatten(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 4));
        var settings = new TrainingSettings { Epochs = epochs, BatchSize = batchSize, LearningRate = 0.05, Momentum = 0.9, Seed = 1 };
        using var stop = new CancellationTokenSource();
        var collector = new Thread(() => ForceCollections(stop.Token)) { IsBackground = true };
        var churn = new Thread(() => ChurnScalars(stop.Token)) { IsBackground = true };
        var clock = Stopwatch.StartNew();
        collector.Start();
        churn.Start();
        IReadOnlyList<double> curve;
        var stepsDone = 0;
        try
        {
            curve = DigitalTrainer.Train(model, train, test, settings, new InlineProgress<TrainingProgress>(p => stepsDone = p.Done));
        }
        catch (Exception error)
        {
            output.WriteLine($"failed after {stepsDone} steps, {clock.Elapsed.TotalSeconds:F1} s: {error.GetType().Name}");
            throw;
        }
        finally
        {
            stop.Cancel();
            collector.Join();
            churn.Join();
        }

        output.WriteLine($"{epochs * (imagesPerEpoch / batchSize)} steps under forced collections in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(epochs, curve.Count);
        Assert.True(curve[^1] > 0.9, $"the separable synthetic classes should be learnt, got {curve[^1]:P1}");
    }

    /// <summary>
    /// Generation-0 collections without pause: a just-created Scalar is in generation 0, so these find it dead as
    /// soon as TorchSharp has read its handle, and they are cheap enough to land inside the native calls often.
    /// </summary>
    private static void ForceCollections(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>Allocates and abandons native Scalars so freed native memory is reused quickly.</summary>
    private static void ChurnScalars(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            for (var i = 0; i < 100; i++)
            {
                _ = TorchSharp.ScalarExtensionMethods.ToScalar(i * 0.5);
            }
        }
    }

    /// <summary>Four classes of 8x8 images, each a bright quadrant plus noise (linearly separable).</summary>
    private static ByteImageSet Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        var shape = new ImageShape(1, 8, 8);
        var pixels = new byte[count * shape.Size];
        var labels = new byte[count];
        for (var n = 0; n < count; n++)
        {
            var label = n % 4;
            labels[n] = (byte)label;
            for (var p = 0; p < shape.Size; p++)
            {
                var row = p / 8;
                var column = p % 8;
                var inQuadrant = (row / 4) * 2 + (column / 4) == label;
                pixels[(n * shape.Size) + p] = (byte)Math.Clamp((inQuadrant ? 180 : 40) + random.Next(-40, 41), 0, 255);
            }
        }

        return new ByteImageSet("synthetic", shape, 4, pixels, labels);
    }
}
