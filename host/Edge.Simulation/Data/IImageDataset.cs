// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Data;

/// <summary>A labelled image collection that can fill a batch buffer (in memory or decoded on demand).</summary>
public interface IImageDataset
{
    /// <summary>Dataset name as given on the command line (mnist, fashion-mnist, caltech101).</summary>
    string Name { get; }

    /// <summary>Number of images.</summary>
    int Count { get; }

    /// <summary>Number of classes (labels are 0..ClassCount-1).</summary>
    int ClassCount { get; }

    /// <summary>Shape of one image.</summary>
    ImageShape Shape { get; }

    /// <summary>The label of image <paramref name="index"/>.</summary>
    int Label(int index);

    /// <summary>Writes image <paramref name="index"/> (normalised floats, CHW order) into <paramref name="destination"/>.</summary>
    void Fill(int index, Span<float> destination);
}
