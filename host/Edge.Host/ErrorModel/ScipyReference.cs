// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Edge.Host.ErrorModel;

/// <summary>The outcome of timing <c>scipy.stats.t.rvs</c>: a rate, or why there is none.</summary>
/// <param name="SamplesPerSecond">count / median time of <c>t.rvs(df, size=count)</c>; null when not measured.</param>
/// <param name="Version">The scipy version that ran.</param>
/// <param name="Python">The Python interpreter used.</param>
/// <param name="Problem">Why nothing was measured (no Python with scipy, script failure), else null.</param>
public sealed record ScipyMeasurement(double? SamplesPerSecond, string? Version, string? Python, string? Problem);

/// <summary>
/// Times scipy's Student's t sampler in a subprocess, as the reference the sampler's speed target is set against
/// (Debian package python3-scipy). The first of <c>python3</c> and <c>/usr/bin/python3</c> that can import scipy is used,
/// because a pyenv or venv python3 on PATH often lacks the Debian packages.
/// </summary>
public static class ScipyReference
{
    private static readonly string[] Interpreters = ["python3", "/usr/bin/python3"];

    // A fixed df (5) as in the usual scipy call; per-sample df arrays are slower in scipy, so this is the hard baseline.
    private const string Script = """
        import json, sys, time
        import numpy as np, scipy, scipy.stats as st
        n, reps = int(sys.argv[1]), int(sys.argv[2])
        rng = np.random.default_rng(1)
        st.t.rvs(5.0, loc=0.0, scale=1.0, size=min(n, 100000), random_state=rng)
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            st.t.rvs(5.0, loc=0.0, scale=1.0, size=n, random_state=rng)
            times.append(time.perf_counter() - t0)
        times.sort()
        print(json.dumps({"samples_per_second": n / times[len(times) // 2], "version": scipy.__version__}))
        """;

    /// <summary>Measures <paramref name="count"/> samples, median of <paramref name="repetitions"/> runs; never throws for a missing scipy.</summary>
    public static ScipyMeasurement Measure(int count, int repetitions = 5)
    {
        foreach (var python in Interpreters)
        {
            if (Run(python, ["-c", "import scipy"], TimeSpan.FromSeconds(60)) is not (0, _, _))
            {
                continue;
            }

            var outcome = Run(
                python,
                ["-c", Script, count.ToString(CultureInfo.InvariantCulture), repetitions.ToString(CultureInfo.InvariantCulture)],
                TimeSpan.FromMinutes(10));
            if (outcome is not (0, var stdout, _))
            {
                return new ScipyMeasurement(null, null, python, $"scipy timing script failed (exit {outcome?.Exit}): {outcome?.Stderr.Trim()}");
            }

            using var json = JsonDocument.Parse(stdout);
            return new ScipyMeasurement(
                json.RootElement.GetProperty("samples_per_second").GetDouble(), json.RootElement.GetProperty("version").GetString(), python, null);
        }

        return new ScipyMeasurement(null, null, null, "no python3 with scipy found (tried python3, /usr/bin/python3); install the Debian package python3-scipy");
    }

    private static (int Exit, string Stdout, string Stderr)? Run(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, string.Empty, "timed out");
            }

            return (process.ExitCode, stdout.Result, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
