// SPDX-License-Identifier: MIT
using System.Diagnostics;

namespace Edge.Cli.Tests;

/// <summary>
/// Runs the built <c>edge.dll</c> as a child process, so a test can do what a user does with a terminal: wait for a
/// line, press Ctrl+C (SIGINT to the process), and read the exit code.
/// </summary>
internal sealed class EdgeProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];
    private readonly List<string> error = [];

    public EdgeProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "edge.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Add(output, e.Data);
        process.ErrorDataReceived += (_, e) => Add(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => Text(output);

    public string Error => Text(error);

    /// <summary>Waits until standard output holds <paramref name="text"/>; false when the process ended or the time ran out first.</summary>
    public bool WaitForOutput(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !process.HasExited)
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return Output.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Waits for <paramref name="line"/>, lets the command work for <paramref name="settle"/>, presses Ctrl+C and returns the exit code.</summary>
    public int InterruptWhenRunning(string line, TimeSpan settle)
    {
        if (!WaitForOutput(line, TimeSpan.FromMinutes(3)))
        {
            throw new InvalidOperationException($"edge never printed '{line}':\n{Output}\n{Error}");
        }

        Thread.Sleep(settle);
        Interrupt();
        return WaitForExit(TimeSpan.FromSeconds(60));
    }

    /// <summary>What Ctrl+C in a terminal does: SIGINT to the process.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -INT {process.Id} failed with exit code {kill.ExitCode}");
        }
    }

    /// <summary>Waits for the exit code (and the rest of the output).</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"edge did not exit within {timeout.TotalSeconds} s after the interrupt.\n{Output}\n{Error}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static void Add(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }

    private static string Text(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }
}
