// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using Edge.Analog.Errors;
using SkiaSharp;

namespace Edge.Simulation.Data;

/// <summary>
/// A local image folder with one sub-folder per class (the layout of Caltech101's <c>101_ObjectCategories</c>).
/// Images are decoded with SkiaSharp (JPEG, PNG, BMP, GIF, WebP), resized to a square and normalised with the
/// ImageNet channel mean and deviation that TorchVision's ResNet recipes use.
/// </summary>
public sealed class ImageFolderDataset : IImageDataset
{
    /// <summary>File endings treated as images.</summary>
    public static readonly IReadOnlySet<string> ImageExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp" };

    private static readonly float[] Mean = [0.485f, 0.456f, 0.406f];
    private static readonly float[] Deviation = [0.229f, 0.224f, 0.225f];

    // Decoded images are kept when the whole set fits in this budget (repeated epochs and trials then skip decoding).
    private const long DecodedCacheBytes = 512L * 1024 * 1024;

    private readonly string[] files;
    private readonly int[] labels;
    private readonly ConcurrentDictionary<int, byte[]>? decoded;

    /// <summary>Indexes <paramref name="folder"/>; throws <see cref="EdgeException"/> when it is missing or holds no images.</summary>
    public ImageFolderDataset(string name, string folder, int imageSizePixels)
    {
        if (imageSizePixels < 8)
        {
            throw new EdgeException(ExitCode.Usage, $"--image-size {imageSizePixels}: must be at least 8 pixels.");
        }

        if (!Directory.Exists(folder))
        {
            throw new EdgeException(
                ExitCode.BadInput, $"dataset folder {folder} not found (expected one sub-folder of images per class).");
        }

        var classFolders = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToArray();
        var fileList = new List<string>();
        var labelList = new List<int>();
        var names = new List<string>();
        foreach (var classFolder in classFolders)
        {
            var images = Directory.EnumerateFiles(classFolder)
                .Where(f => ImageExtensions.Contains(Path.GetExtension(f)))
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (images.Length == 0)
            {
                continue;
            }

            foreach (var image in images)
            {
                fileList.Add(image);
                labelList.Add(names.Count);
            }

            names.Add(Path.GetFileName(classFolder));
        }

        if (names.Count < 2)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"dataset folder {folder} holds {names.Count} class sub-folder(s) with images; expected at least 2 "
                + $"(one sub-folder per class, files ending in {string.Join(", ", ImageExtensions)}).");
        }

        Name = name;
        files = fileList.ToArray();
        labels = labelList.ToArray();
        ClassNames = names;
        Shape = new ImageShape(3, imageSizePixels, imageSizePixels);
        decoded = (long)files.Length * Shape.Size <= DecodedCacheBytes ? new ConcurrentDictionary<int, byte[]>() : null;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public int Count => files.Length;

    /// <inheritdoc/>
    public int ClassCount => ClassNames.Count;

    /// <summary>Class names (sub-folder names) in label order.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <inheritdoc/>
    public ImageShape Shape { get; }

    /// <inheritdoc/>
    public int Label(int index) => labels[index];

    /// <summary>The file behind image <paramref name="index"/>.</summary>
    public string File(int index) => files[index];

    /// <inheritdoc/>
    public void Fill(int index, Span<float> destination)
    {
        var rgb = decoded is null ? Decode(files[index]) : decoded.GetOrAdd(index, i => Decode(files[i]));
        var plane = Shape.Height * Shape.Width;
        for (var p = 0; p < plane; p++)
        {
            for (var c = 0; c < 3; c++)
            {
                destination[(c * plane) + p] = ((rgb[(p * 3) + c] / 255f) - Mean[c]) / Deviation[c];
            }
        }
    }

    private byte[] Decode(string path)
    {
        using var original = SKBitmap.Decode(path)
            ?? throw new EdgeException(ExitCode.BadInput, $"{path}: the image does not decode (expected JPEG, PNG, BMP, GIF or WebP).");
        var info = new SKImageInfo(Shape.Width, Shape.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var resized = original.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
            ?? throw new EdgeException(ExitCode.BadInput, $"{path}: the image could not be resized to {Shape.Width}x{Shape.Height}.");
        var rgba = resized.Bytes;
        var rgb = new byte[Shape.Height * Shape.Width * 3];
        for (int p = 0, q = 0; p < rgb.Length; p += 3, q += 4)
        {
            rgb[p] = rgba[q];
            rgb[p + 1] = rgba[q + 1];
            rgb[p + 2] = rgba[q + 2];
        }

        return rgb;
    }
}
