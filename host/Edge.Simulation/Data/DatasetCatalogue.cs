// SPDX-License-Identifier: MIT
using Edge.Host.Errors;

namespace Edge.Simulation.Data;

/// <summary>Resolves a <c>--dataset</c> value (mnist, fashion-mnist, caltech101[:DIR]) to its fixed train/test split.</summary>
public static class DatasetCatalogue
{
    /// <summary>The dataset names the command line accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["mnist", "fashion-mnist", "caltech101"];

    /// <summary>Caltech101's default folder when no <c>:DIR</c> is given: <c>&lt;cache&gt;/caltech101</c>.</summary>
    public static string DefaultCaltechFolder(string? cacheFolder = null)
        => Path.Combine(cacheFolder ?? DatasetCache.DefaultFolder(), "caltech101");

    /// <summary>Loads the dataset and splits it (20 % test for the 10,000 MNIST digits and Caltech101; 10,000 for Fashion-MNIST).</summary>
    public static (IImageDataset Train, IImageDataset Test) Load(string spec, int imageSizePixels = 256, string? cacheFolder = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? spec : spec[..colon]).Trim().ToLowerInvariant();
        var folder = colon < 0 ? null : spec[(colon + 1)..];
        if (folder is not null && name != "caltech101")
        {
            throw new EdgeException(ExitCode.Usage, $"--dataset {spec}: only caltech101 takes a folder (caltech101:DIR).");
        }

        return name switch
        {
            "mnist" => StratifiedSplit.Split(NpmDigitDatasets.LoadMnist(cacheFolder), 0.2),
            "fashion-mnist" => StratifiedSplit.Split(NpmDigitDatasets.LoadFashionMnist(cacheFolder), 1.0 / 7.0),
            "caltech101" => StratifiedSplit.Split(
                new ImageFolderDataset("caltech101", folder ?? DefaultCaltechFolder(cacheFolder), imageSizePixels), 0.2),
            _ => throw new EdgeException(
                ExitCode.Usage, $"--dataset '{spec}': unknown dataset; expected one of {string.Join(", ", Names)} (caltech101 may take :DIR)."),
        };
    }
}
