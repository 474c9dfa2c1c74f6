// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Edge.Analog.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Analog.Tests.ErrorModel;

/// <summary>
/// The fits against scipy.stats.t.fit run live on the same data (Debian python3-scipy at /usr/bin/python3; a pyenv
/// python3 on PATH usually lacks it). Without it the test says so and returns.
/// </summary>
public sealed class ScipyTFitCrossCheckTests(ITestOutputHelper output)
{
    private const string Python = "/usr/bin/python3";

    // scipy's fmin has absolute tolerances, so it gets the data in units of 1e-3 (order one); the fits here are
    // scale-equivariant and get the raw program-error-sized numbers.
    private const string Script = """
        import json, sys
        import numpy as np, scipy, scipy.stats as st
        x = np.array([float(v) for v in sys.stdin.read().split()]) * 1e3
        df, loc, scale = st.t.fit(x)
        print(json.dumps({"df": df, "loc": loc, "scale": scale, "loglik": float(st.t.logpdf(x, df, loc, scale).sum()), "version": scipy.__version__}))
        """;

    [Theory]
    [InlineData(2.0, 66, 41)]
    [InlineData(5.0, 66, 42)]
    [InlineData(3.0, 500, 43)]
    [InlineData(1.2, 200, 44)]
    public void Maximum_likelihood_matches_scipy_t_fit_on_shared_data(double nu, int count, int seed)
    {
        var x = new double[count];
        StudentT.Samples(new Random(seed), x, 2e-4, 1e-3, nu);
        if (RunScipy(x) is not { } scipy)
        {
            return;
        }

        var nelderMead = StudentTMaximumLikelihood.Fit(x);
        var newton = StudentTPenalisedMaximumLikelihood.Fit(x, StudentTPrior.Weak(1e-3));
        output.WriteLine($"scipy {scipy.Version}: df {scipy.Df:G6} scale {scipy.Scale * 1e-3:G6}; Nelder-Mead df {nelderMead.Parameters.Nu:G6}; Newton df {newton.Parameters.Nu:G6}");

        // The same likelihood in units of 1e-3 differs by n ln(1e3): compare in scipy's unit.
        double shift = count * Math.Log(1e3);
        Assert.True(nelderMead.LogLikelihood - shift >= scipy.LogLikelihood - 1e-6, $"Nelder-Mead {nelderMead.LogLikelihood - shift} < scipy {scipy.LogLikelihood}");
        Assert.True(newton.LogLikelihood - shift >= scipy.LogLikelihood - 1e-3, $"Newton {newton.LogLikelihood - shift} < scipy {scipy.LogLikelihood}");
        foreach (var fit in new[] { nelderMead.Parameters, newton.Parameters })
        {
            Assert.Equal(scipy.Df, fit.Nu, scipy.Df * 5e-3);
            Assert.Equal(scipy.Scale * 1e-3, fit.Scale, scipy.Scale * 1e-3 * 5e-3);
            Assert.Equal(scipy.Loc * 1e-3, fit.Loc, scipy.Scale * 1e-3 * 5e-3);
        }
    }

    private ScipyFit? RunScipy(double[] x)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Write(string.Join(' ', x.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            process.StandardInput.Close();
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                output.WriteLine($"skipped: {Python} could not run scipy.stats.t.fit (install the Debian package python3-scipy): {stderr.Trim()}");
                return null;
            }

            using var json = JsonDocument.Parse(stdout);
            var r = json.RootElement;
            return new ScipyFit(r.GetProperty("df").GetDouble(), r.GetProperty("loc").GetDouble(), r.GetProperty("scale").GetDouble(), r.GetProperty("loglik").GetDouble(), r.GetProperty("version").GetString()!);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output.WriteLine($"skipped: {Python} not found (install the Debian package python3-scipy)");
            return null;
        }
    }

    private sealed record ScipyFit(double Df, double Loc, double Scale, double LogLikelihood, string Version);
}
