// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Data;

/// <summary>
/// Where fetched datasets and their parsed binary copies live: <c>$EDGE_CACHE/datasets</c> when EDGE_CACHE is set,
/// otherwise <c>~/.cache/edge/datasets</c>.
/// </summary>
public static class DatasetCache
{
    /// <summary>The environment variable that moves the cache root.</summary>
    public const string EnvironmentVariable = "EDGE_CACHE";

    /// <summary>The datasets folder (created on demand by the loaders).</summary>
    public static string DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "edge");
        }

        return Path.Combine(root, "datasets");
    }
}
