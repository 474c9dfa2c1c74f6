// SPDX-License-Identifier: MIT
using Edge.Simulation.Data;
using static TorchSharp.torch;

namespace Edge.Simulation.Training;

/// <summary>Turns an <see cref="IImageDataset"/> into (images, labels) tensor batches.</summary>
public static class Batches
{
    /// <summary>
    /// Yields batches in dataset order, or shuffled with <paramref name="shuffle"/>. The caller owns (and must dispose)
    /// each batch's tensors; wrap each step in a dispose scope.
    /// </summary>
    public static IEnumerable<(Tensor Images, Tensor Labels)> Iterate(IImageDataset dataset, int batchSize, Random? shuffle = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var order = Enumerable.Range(0, dataset.Count).ToArray();
        shuffle?.Shuffle(order);
        for (var start = 0; start < order.Length; start += batchSize)
        {
            var count = Math.Min(batchSize, order.Length - start);
            yield return Make(dataset, order.AsSpan(start, count));
        }
    }

    /// <summary>One batch of the given image indices.</summary>
    public static (Tensor Images, Tensor Labels) Make(IImageDataset dataset, ReadOnlySpan<int> indices)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var shape = dataset.Shape;
        var pixels = new float[indices.Length * shape.Size];
        var labels = new long[indices.Length];
        var chosen = indices.ToArray();
        // Decoding (image folders) dominates: spread it over the cores; in-memory sets are cheap either way.
        Parallel.For(0, chosen.Length, i =>
        {
            dataset.Fill(chosen[i], pixels.AsSpan(i * shape.Size, shape.Size));
            labels[i] = dataset.Label(chosen[i]);
        });
        return (tensor(pixels, [chosen.Length, shape.Channels, shape.Height, shape.Width]), tensor(labels));
    }
}
