// SPDX-License-Identifier: MIT
using System.Diagnostics;

namespace Edge.Firmware.Tests.NanoCheck;

/// <summary>
/// Builds a temporary copy of the NanoCheck project (same settings, same sources, absolute paths) plus one extra
/// probe file, to show the check fails for code the microcontroller cannot run.
/// </summary>
internal sealed class ProbeBuild : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "edge-nanoprobe-" + Guid.NewGuid().ToString("N"));

    public ProbeBuild(string probeSource)
    {
        Directory.CreateDirectory(directory);
        string root = NanoCheckPaths.RepoRoot;
        foreach (string name in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
        {
            File.Copy(Path.Combine(root, name), Path.Combine(directory, name));
        }

        string project = File.ReadAllText(Path.Combine(NanoCheckPaths.ProjectDirectory, "Edge.Firmware.NanoCheck.csproj"))
            .Replace("../../shared/Edge.Shared", Path.Combine(root, "shared", "Edge.Shared"), StringComparison.Ordinal)
            .Replace("../Edge.Firmware.Core", Path.Combine(root, "firmware", "Edge.Firmware.Core"), StringComparison.Ordinal)
            .Replace("../Edge.Firmware.Drivers", Path.Combine(root, "firmware", "Edge.Firmware.Drivers"), StringComparison.Ordinal);
        const string anchor = "<PackageReference Include=\"nanoFramework.CoreLibrary\"";
        if (!project.Contains(anchor, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("NanoCheck csproj no longer references nanoFramework.CoreLibrary as expected");
        }

        project = project.Replace(anchor, "<Compile Include=\"Probe.cs\" />\n    " + anchor, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, "Probe.csproj"), project);
        File.WriteAllText(Path.Combine(directory, "Probe.cs"), probeSource);
    }

    public string OutputAssembly => Path.Combine(directory, "bin", "Debug", "netstandard2.0", "Edge.Firmware.Nano.dll");

    /// <summary>Runs dotnet build; returns the exit code and the combined output.</summary>
    public (int ExitCode, string Output, TimeSpan Elapsed) Run()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[] { "build", "Probe.csproj", "-nologo", "--disable-build-servers", "-c", "Debug" })
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under MSBuild-set variables (dotnet test); a child build must resolve its own SDK.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("probe build did not finish in 3 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result, clock.Elapsed);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
