// SPDX-License-Identifier: MIT
using Edge.Simulation.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Edge.Simulation.Training;

/// <summary>Classification accuracy of a model on a dataset.</summary>
public static class Evaluation
{
    /// <summary>Fraction of correctly classified images, in eval mode and without gradients.</summary>
    public static double Accuracy(nn.Module<Tensor, Tensor> model, IImageDataset dataset, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dataset);
        model.eval();
        using var _ = no_grad();
        long correct = 0;
        foreach (var (images, labels) in Batches.Iterate(dataset, batchSize))
        {
            using var scope = NewDisposeScope();
            using var imageBatch = images;
            using var labelBatch = labels;
            var predicted = model.call(images).argmax(1);
            correct += predicted.eq(labels).sum().item<long>();
        }

        return dataset.Count == 0 ? 0.0 : (double)correct / dataset.Count;
    }
}
