// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands.Device;

/// <summary><c>edge device curves</c>: the CSV and both figures are written; an earlier result is kept without --force.</summary>
public sealed class DeviceCurvesCommandTests : IDisposable
{
    private readonly TempFolder temp = new("edge-curves");

    [Fact]
    public void Curves_are_written_and_an_existing_result_is_refused_without_force()
    {
        string dir = temp["curves"];
        var (code, output, error) = CliRunner.Run("device", "curves", "--out", dir, "--pulses", "20");
        Assert.True(code == 0, error);
        Assert.Contains("2000 ms:", output, StringComparison.Ordinal);
        foreach (string file in new[] { "curves.csv", "curves-resistance.png", "curves-resistance.svg", "curves-temperature.png", "curves-temperature.svg" })
        {
            Assert.True(File.Exists(Path.Combine(dir, file)), file);
        }

        (code, _, error) = CliRunner.Run("device", "curves", "--out", dir);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_width_list_names_the_option()
    {
        var (code, _, error) = CliRunner.Run("device", "curves", "--out", temp["x"], "--widths-ms", "100,-5");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--widths-ms", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["x"]));
    }

    public void Dispose() => temp.Dispose();
}
