// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace Edge.Cli.Tests.Commands;

/// <summary><c>edge report DIR</c>: one self-contained HTML file that a real browser renders with every figure.</summary>
public sealed partial class ReportCommandTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), $"edge-report-{Guid.NewGuid():N}");

    [Fact]
    public void Report_of_a_calibration_embeds_every_figure_and_names_the_run_that_made_it()
    {
        string html = File.ReadAllText(WriteReport());
        int figures = Directory.GetFiles(dir, "*.png", SearchOption.AllDirectories).Length;
        Assert.True(figures >= 10, $"{figures} figures in the calibration folder");
        Assert.Equal(figures, ImageSource().Matches(html).Count);
        Assert.All(ImageSource().Matches(html), m => Assert.StartsWith("data:image/png;base64,", m.Groups[1].Value, StringComparison.Ordinal));
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains($"edge calibrate --sim --out {Path.Combine(dir, "cal")} --levels 32", html, StringComparison.Ordinal);
        Assert.Contains("programming-samples.csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_folder_is_bad_input_naming_it()
    {
        var (code, _, error) = CliRunner.Run("report", Path.Combine(dir, "absent"));
        Assert.Equal((int)Edge.Analog.Errors.ExitCode.BadInput, code);
        Assert.Contains("absent", error, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Headless_chromium_loads_every_figure_without_console_errors_and_renders_a_page()
    {
        string report = WriteReport();
        int figures = Directory.GetFiles(dir, "*.png", SearchOption.AllDirectories).Length;
        var (dom, log) = Chromium("--dump-dom", report);
        var body = BodyAttributes().Match(dom);
        Assert.True(body.Success, $"no figure count in the rendered DOM:\n{log}");
        Assert.Equal(figures, int.Parse(body.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(figures, int.Parse(body.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(log.Split('\n'), l => l.Contains(":CONSOLE", StringComparison.Ordinal));

        string png = Path.Combine(dir, "report.png");
        Chromium($"--screenshot={png}", report);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 20_000, $"screenshot of {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private string WriteReport()
    {
        var (calCode, _, calError) = CliRunner.Run("calibrate", "--sim", "--out", Path.Combine(dir, "cal"), "--levels", "32");
        Assert.True(calCode == 0, calError);
        var (code, output, error) = CliRunner.Run("report", dir);
        Assert.True(code == 0, $"edge report failed ({code}): {error}");
        string path = Path.Combine(dir, "report.html");
        Assert.Contains(path, output, StringComparison.Ordinal);
        return path;
    }

    private (string Output, string Log) Chromium(string mode, string report)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                     "--window-size=1280,2000", $"--user-data-dir={Path.Combine(dir, "chromium-profile")}", mode, new Uri(report).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "chromium did not finish within 120 s");
        return (stdout, stderr.Result);
    }

    [GeneratedRegex("<img[^>]*src=\"([^\"]*)\"")]
    private static partial Regex ImageSource();

    [GeneratedRegex("<body[^>]*data-figures=\"(\\d+)\"[^>]*data-figures-loaded=\"(\\d+)\"")]
    private static partial Regex BodyAttributes();
}
