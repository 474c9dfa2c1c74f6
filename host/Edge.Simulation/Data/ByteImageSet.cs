// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Data;

/// <summary>
/// Greyscale or colour images held in memory as bytes (0..255), the compact form of MNIST and Fashion-MNIST
/// (70,000 x 784 bytes = 55 MB instead of 220 MB of floats). <see cref="Fill"/> scales to [0, 1].
/// </summary>
public sealed class ByteImageSet : IImageDataset
{
    private readonly byte[] pixels;
    private readonly byte[] labels;

    /// <summary>Wraps pixel bytes (image-major, CHW) and one label byte per image.</summary>
    public ByteImageSet(string name, ImageShape shape, int classCount, byte[] pixels, byte[] labels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        if (pixels.Length != labels.Length * shape.Size)
        {
            throw new ArgumentException($"{pixels.Length} pixel bytes do not hold {labels.Length} images of {shape}");
        }

        Name = name;
        Shape = shape;
        ClassCount = classCount;
        this.pixels = pixels;
        this.labels = labels;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public int Count => labels.Length;

    /// <inheritdoc/>
    public int ClassCount { get; }

    /// <inheritdoc/>
    public ImageShape Shape { get; }

    /// <summary>The raw pixel bytes (for the binary cache).</summary>
    public ReadOnlySpan<byte> Pixels => pixels;

    /// <summary>The raw label bytes (for the binary cache).</summary>
    public ReadOnlySpan<byte> Labels => labels;

    /// <inheritdoc/>
    public int Label(int index) => labels[index];

    /// <inheritdoc/>
    public void Fill(int index, Span<float> destination)
    {
        var source = pixels.AsSpan(index * Shape.Size, Shape.Size);
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = source[i] / 255f;
        }
    }
}
