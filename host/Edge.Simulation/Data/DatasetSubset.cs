// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Data;

/// <summary>A view of some images of another dataset (a split, or the first N for quick runs).</summary>
public sealed class DatasetSubset : IImageDataset
{
    private readonly IImageDataset source;
    private readonly int[] indices;

    /// <summary>Selects <paramref name="indices"/> of <paramref name="source"/>, in that order.</summary>
    public DatasetSubset(IImageDataset source, IReadOnlyList<int> indices)
    {
        this.source = source ?? throw new ArgumentNullException(nameof(source));
        this.indices = indices.ToArray();
    }

    /// <inheritdoc/>
    public string Name => source.Name;

    /// <inheritdoc/>
    public int Count => indices.Length;

    /// <inheritdoc/>
    public int ClassCount => source.ClassCount;

    /// <inheritdoc/>
    public ImageShape Shape => source.Shape;

    /// <inheritdoc/>
    public int Label(int index) => source.Label(indices[index]);

    /// <inheritdoc/>
    public void Fill(int index, Span<float> destination) => source.Fill(indices[index], destination);

    /// <summary>The first <paramref name="count"/> images (all when count is 0 or larger than the set).</summary>
    public static IImageDataset Take(IImageDataset source, int count)
        => count <= 0 || count >= source.Count ? source : new DatasetSubset(source, Enumerable.Range(0, count).ToArray());
}
