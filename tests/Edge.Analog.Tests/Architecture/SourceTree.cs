// SPDX-License-Identifier: MIT
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Edge.Analog.Tests.Architecture;

/// <summary>Reads the repository's project files and C# sources (found by walking up to Edge.sln).</summary>
internal static partial class SourceTree
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The projects a .csproj references, by file name without extension.</summary>
    public static IReadOnlyList<string> ProjectReferences(string projectPath) =>
        Items(projectPath, "ProjectReference").Select(Path.GetFileNameWithoutExtension).ToList()!;

    /// <summary>The NuGet packages a .csproj references.</summary>
    public static IReadOnlyList<string> PackageReferences(string projectPath) => Items(projectPath, "PackageReference");

    /// <summary>
    /// The namespace graph of one project: for each namespace declared in its sources, the other namespaces of the
    /// same project its files name (a using directive or a qualified name), with the files that do.
    /// </summary>
    public static Dictionary<string, Dictionary<string, List<string>>> NamespaceGraph(string projectDirectory, string rootNamespace)
    {
        var files = Directory.EnumerateFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: f, Text: File.ReadAllText(f)))
            .ToList();
        var declared = files.Select(f => NamespaceLine().Match(f.Text)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var graph = declared.ToDictionary(n => n, _ => new Dictionary<string, List<string>>());
        foreach (var (path, text) in files)
        {
            var own = NamespaceLine().Match(text);
            if (!own.Success)
            {
                continue;
            }

            string body = NamespaceLine().Replace(text, string.Empty);
            foreach (var other in declared.Where(n => n != own.Groups[1].Value && n.StartsWith(rootNamespace, StringComparison.Ordinal)))
            {
                bool used = Regex.IsMatch(body, $@"^using {Regex.Escape(other)};", RegexOptions.Multiline)
                    || Regex.Matches(body, $@"(?<![\w.]){Regex.Escape(other)}\.([A-Z]\w*)")
                        .Any(m => !declared.Any(n => n.StartsWith($"{other}.{m.Groups[1].Value}", StringComparison.Ordinal)));
                if (used)
                {
                    var edges = graph[own.Groups[1].Value];
                    if (!edges.TryGetValue(other, out var list))
                    {
                        edges[other] = list = [];
                    }

                    list.Add(Path.GetRelativePath(Root, path));
                }
            }
        }

        return graph;
    }

    private static List<string> Items(string projectPath, string item) =>
        XDocument.Load(projectPath).Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>().ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Edge.sln above {AppContext.BaseDirectory}: the architecture tests read the source tree.");
    }

    [GeneratedRegex(@"^namespace ([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
