// SPDX-License-Identifier: MIT
using Edge.Simulation.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Training;

/// <summary>Full-precision training (the "GPU" baseline of the paper, on CPU here): SGD with momentum (<see cref="MomentumSgd"/>), cross entropy.</summary>
public static class DigitalTrainer
{
    /// <summary>Trains <paramref name="model"/> in place; returns the test accuracy after each epoch.</summary>
    public static IReadOnlyList<double> Train(
        nn.Module<Tensor, Tensor> model,
        IImageDataset train,
        IImageDataset test,
        TrainingSettings settings,
        IProgress<TrainingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        manual_seed(settings.Seed);
        var shuffle = new Random(settings.Seed);
        using var optimizer = new MomentumSgd(model.parameters(), settings.LearningRate, settings.Momentum);
        var curve = new List<double>();
        var steps = (train.Count + settings.BatchSize - 1) / settings.BatchSize;
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            model.train();
            var step = 0;
            foreach (var (images, labels) in Batches.Iterate(train, settings.BatchSize, shuffle))
            {
                using var scope = NewDisposeScope();
                using var imageBatch = images;
                using var labelBatch = labels;
                optimizer.ZeroGrad();
                var loss = nn.functional.cross_entropy(model.call(images), labels);
                loss.backward();
                optimizer.Step();
                progress?.Report(new TrainingProgress(settings.Label, (epoch * steps) + ++step, settings.Epochs * steps));
            }

            curve.Add(Evaluation.Accuracy(model, test));
            GC.Collect();
        }

        return curve;
    }
}
