// SPDX-License-Identifier: MIT
using System.Reflection;
using System.Text.Json;

namespace Edge.Firmware.Tests.NanoCheck;

/// <summary>Where the nanoFramework compile check puts its output, and which mscorlib it compiled against.</summary>
internal static class NanoCheckPaths
{
    /// <summary>The pinned package (ARCHITECTURE.md: nanoFramework.CoreLibrary 1.17.11, the only one NuGet serves here).</summary>
    public const string CoreLibraryVersion = "1.17.11";

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Edge.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string ProjectDirectory => Path.Combine(RepoRoot, "firmware", "Edge.Firmware.NanoCheck");

    /// <summary>Debug or Release: the configuration this test assembly was built in (the NanoCheck project is built with it).</summary>
    public static string Configuration =>
        typeof(NanoCheckPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("test assembly has no AssemblyConfiguration attribute");

    public static string AssemblyPath =>
        Path.Combine(ProjectDirectory, "bin", Configuration, "netstandard2.0", "Edge.Firmware.Nano.dll");

    /// <summary>The package's lib/mscorlib.dll as restored for the NanoCheck project (from its obj/project.assets.json).</summary>
    public static string RestoredMscorlibPath(out string restoredVersion)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory, "obj", "project.assets.json")));
        JsonElement root = assets.RootElement;
        string key = root.GetProperty("libraries").EnumerateObject()
            .Select(p => p.Name)
            .Single(name => name.StartsWith("nanoFramework.CoreLibrary/", StringComparison.OrdinalIgnoreCase));
        restoredVersion = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
        string relative = root.GetProperty("libraries").GetProperty(key).GetProperty("path").GetString()!;
        string packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        return Path.Combine(packageFolder, relative, "lib", "mscorlib.dll");
    }
}
