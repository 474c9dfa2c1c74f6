// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;

namespace Edge.Cli.Commands;

/// <summary>
/// Checks an output location before any device or compute work (so a typo never costs device hours), and applies the
/// one overwrite rule of every command: an existing result is replaced only with <c>--force</c>; commands that can
/// continue a run take <c>--resume</c> instead. A location that cannot hold the output is a command-line error (exit 2).
/// </summary>
internal static class OutputPath
{
    /// <summary>Makes sure <paramref name="path"/> is (or can be created as) a writable folder; returns its full path.</summary>
    /// <param name="flag">The option that named it, for the message.</param>
    /// <param name="path">The folder.</param>
    /// <param name="result">A file whose presence means the folder already holds a result (null: any content is fine).</param>
    /// <param name="force">True when <c>--force</c> allows replacing that result.</param>
    /// <param name="resumable">True when the command can continue that result with <c>--resume</c> (the message says so).</param>
    public static string Folder(string flag, string path, string? result = null, bool force = false, bool resumable = false)
    {
        string full = Path.GetFullPath(path);
        if (System.IO.File.Exists(full))
        {
            throw new EdgeException(ExitCode.Usage, $"{flag} {path}: is a file; expected a folder (it is created when missing).");
        }

        if (result is not null && System.IO.File.Exists(Path.Combine(full, result)) && !force)
        {
            string choices = resumable ? "Continue it with --resume, replace it with --force, or choose another folder" : "Choose another folder, or pass --force to replace it";
            throw new EdgeException(ExitCode.Usage, $"{flag} {path}: already holds {result}. {choices}; nothing was overwritten.");
        }

        Create(flag, path, full);
        return full;
    }

    /// <summary>Makes sure <paramref name="path"/> can be written as a file: its folder exists or is created, it is not a folder, and an existing file is replaced only with <paramref name="force"/>.</summary>
    public static string File(string flag, string path, bool force)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new EdgeException(ExitCode.Usage, $"{flag} {path}: is a folder; expected a file name.");
        }

        if (System.IO.File.Exists(full) && !force)
        {
            throw new EdgeException(ExitCode.Usage, $"{flag} {path}: already exists. Choose another name, or pass --force to replace it; nothing was overwritten.");
        }

        Create(flag, path, Path.GetDirectoryName(full)!);
        return full;
    }

    /// <summary>Writes a file through a temporary name in the same folder and renames it, so a failed write never leaves half a file or destroys the previous one.</summary>
    public static void WriteAtomically(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            write(temporary);
            System.IO.File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }
    }

    private static void Create(string flag, string path, string folder)
    {
        try
        {
            // A parent that is a file makes CreateDirectory throw IOException; name it rather than the .NET message.
            for (string? up = folder; up is not null; up = Path.GetDirectoryName(up))
            {
                if (System.IO.File.Exists(up))
                {
                    throw new EdgeException(ExitCode.Usage, $"{flag} {path}: {up} is a file, so no folder can be made under it.");
                }
            }

            Directory.CreateDirectory(folder);
            string probe = Path.Combine(folder, $".edge-write-check-{Environment.ProcessId}");
            System.IO.File.WriteAllBytes(probe, []);
            System.IO.File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EdgeException(ExitCode.Usage, $"{flag} {path}: cannot write there ({ex.Message}). Choose a writable location.", ex);
        }
    }
}
