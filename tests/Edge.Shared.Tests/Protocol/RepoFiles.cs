// SPDX-License-Identifier: MIT
namespace Edge.Shared.Tests.Protocol;

/// <summary>Finds files of the repository (docs must quote the same bytes the tests assert).</summary>
internal static class RepoFiles
{
    public static string Root
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

    public static string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
