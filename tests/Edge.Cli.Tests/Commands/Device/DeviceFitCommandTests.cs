// SPDX-License-Identifier: MIT
using System.Text.Json;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands.Device;

/// <summary>
/// <c>edge device fit</c> on the user's path: a calibration's sweeps.csv in, a device file out that <c>--sim</c>
/// accepts, with its report and plots; bad sweeps are exit 3 naming line and column.
/// </summary>
public sealed class DeviceFitCommandTests
{
    [Fact]
    public void A_calibrations_sweeps_fit_to_a_device_file_the_virtual_board_accepts()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"edge-device-fit-{Guid.NewGuid():N}");
        try
        {
            string cal = Path.Combine(dir, "cal");
            string device = Path.Combine(dir, "fitted.json");
            string untuned = Path.Combine(RepositoryRoot(), "tests", "fixtures", "devices", "untuned-1650-1300.json");
            Succeeds("calibrate", "--sim", untuned, "--out", cal, "--levels", "32", "--repetitions", "3", "--cycles", "2", "--samples-per-level", "2");

            string output = Succeeds("device", "fit", "--sweeps", Path.Combine(cal, "sweeps.csv"), "--out", device, "--bootstrap", "3");
            Assert.Contains("saturation levels, virtual device from", output, StringComparison.Ordinal);
            foreach (string plot in new[] { "fitted-fit-potentiation", "fitted-fit-depression" })
            {
                Assert.True(File.Exists(Path.Combine(dir, plot + ".png")), plot + ".png");
                Assert.True(File.Exists(Path.Combine(dir, plot + ".svg")), plot + ".svg");
            }

            using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "fitted-fit.json")));
            double rms = report.RootElement.GetProperty("saturation_levels").GetProperty("rms_ohm").GetDouble();
            Assert.InRange(rms, 0, 1.0);
            Assert.All(report.RootElement.GetProperty("parameters").EnumerateArray(), p => Assert.True(p.GetProperty("standard_error_bootstrap").GetDouble() >= 0));

            Succeeds("board", "sweep", "--sim", device, "--volts", "2", "--pulses", "20", "--json");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Sweeps_with_a_non_numeric_resistance_are_bad_input_naming_line_and_column()
    {
        string path = Path.Combine(Path.GetTempPath(), $"edge-bad-sweeps-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllLines(path, ["direction,volts,width_ms,repetition,pulse,resistance_ohm", "potentiation,2,2000,1,0,880", "potentiation,2,2000,1,1,8x0"]);
            var (code, _, error) = CliRunner.Run("device", "fit", "--sweeps", path, "--out", path + ".json");
            Assert.Equal((int)ExitCode.BadInput, code);
            Assert.Contains($"{path}, line 3, column 6 ('resistance_ohm'): '8x0' is not a number", error, StringComparison.Ordinal);
            Assert.False(File.Exists(path + ".json"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_sweeps_option_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("device", "fit", "--out", "x.json");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--sweeps", error, StringComparison.Ordinal);
    }

    private static string Succeeds(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == 0, $"edge {string.Join(' ', args)} exited {code}: {error}\n{output}");
        return output;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Edge.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
