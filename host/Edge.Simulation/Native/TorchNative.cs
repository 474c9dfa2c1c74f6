// SPDX-License-Identifier: MIT
using System.Text;

namespace Edge.Simulation.Native;

/// <summary>
/// Makes TorchSharp loadable on Debian 12 and must run before the first <c>torch</c> call (every entry point of
/// Edge.Simulation calls <see cref="EnsureReady"/>; the test assembly calls it too).
/// </summary>
/// <remarks>
/// <c>libLibTorchSharp.so</c> (TorchSharp 0.107.0) requires <c>GLIBCXX_3.4.32</c>, which Debian 12's libstdc++
/// (GCC 12, up to <c>GLIBCXX_3.4.30</c>) does not provide; see <see cref="ElfVersionNeedPatcher"/> for why marking that
/// requirement weak is safe. <c>dotnet build</c> copies the unpatched file from the NuGet cache into every output
/// folder again, so the patch is applied at start-up, in place, only when the system libstdc++ lacks the version.
/// </remarks>
public static class TorchNative
{
    /// <summary>The symbol version GCC 13 records and Debian 12 lacks.</summary>
    public const string MissingVersion = "GLIBCXX_3.4.32";

    private const string LibraryName = "libLibTorchSharp.so";

    private static readonly string[] SystemLibStdCxxCandidates =
    [
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib64/libstdc++.so.6",
        "/usr/lib/libstdc++.so.6",
    ];

    private static readonly Lock Gate = new();
    private static bool ready;

    /// <summary>What <see cref="EnsureReady"/> did, for <c>--verbose</c> output and tests.</summary>
    public static string Status { get; private set; } = "not checked";

    /// <summary>Applies the Debian 12 fix if needed (idempotent, thread-safe, cheap after the first call).</summary>
    public static void EnsureReady()
    {
        lock (Gate)
        {
            if (ready)
            {
                return;
            }

            Status = Apply();
            ready = true;
        }
    }

    private static string Apply()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "not Linux: no fix needed";
        }

        var systemLibrary = SystemLibStdCxxCandidates.FirstOrDefault(File.Exists);
        if (systemLibrary is not null && ContainsAscii(File.ReadAllBytes(systemLibrary), MissingVersion))
        {
            return $"{systemLibrary} provides {MissingVersion}: no fix needed";
        }

        var outcomes = new List<string>();
        foreach (var library in CandidateLibraries())
        {
            try
            {
                var outcome = ElfVersionNeedPatcher.MakeVersionWeak(library, MissingVersion);
                outcomes.Add($"{library}: {outcome}");
            }
            catch (UnauthorizedAccessException ex)
            {
                // A read-only install cannot be patched; TorchSharp will then report the load failure itself.
                outcomes.Add($"{library}: not writable ({ex.Message})");
            }
        }

        return outcomes.Count == 0 ? $"{LibraryName} not found next to the application" : string.Join("; ", outcomes);
    }

    private static IEnumerable<string> CandidateLibraries()
    {
        var folders = new[]
        {
            AppContext.BaseDirectory,
            Path.GetDirectoryName(typeof(TorchSharp.torch).Assembly.Location) ?? AppContext.BaseDirectory,
        };
        return folders
            .SelectMany(f => new[]
            {
                Path.Combine(f, LibraryName),
                Path.Combine(f, "runtimes", "linux-x64", "native", LibraryName),

                // TorchSharp's fallback loader consolidates NuGet natives into ./cpu when the first load fails.
                Path.Combine(f, "cpu", LibraryName),
            })
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Where(File.Exists);
    }

    private static bool ContainsAscii(byte[] haystack, string needle)
        => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;
}
