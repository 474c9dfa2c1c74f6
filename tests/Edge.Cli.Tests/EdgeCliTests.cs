// SPDX-License-Identifier: MIT
using Xunit;

namespace Edge.Cli.Tests;

/// <summary>The help of <c>edge</c>: where the reference is, and examples on every command.</summary>
public sealed class EdgeCliTests
{
    [Fact]
    public void Top_level_help_points_to_the_reference()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("docs/cli.md", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("board", "read")]
    [InlineData("calibrate")]
    [InlineData("deploy")]
    [InlineData("board", "serve")]
    public void Board_options_show_the_placeholders_the_docs_use(params string[] command)
    {
        var (_, output, _) = CliRunner.Run([.. command, "--help"]);
        Assert.Contains("--sim <DEVICE.json>", output, StringComparison.Ordinal);
        Assert.Contains(command[^1] == "serve" ? "--tcp <PORT>" : "--tcp <HOST:PORT>", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("board", "info")]
    [InlineData("board", "read")]
    [InlineData("board", "pulse")]
    [InlineData("board", "sweep")]
    [InlineData("board", "serve")]
    [InlineData("calibrate")]
    [InlineData("fit")]
    [InlineData("deploy")]
    [InlineData("demo")]
    [InlineData("simulate", "transfer")]
    [InlineData("simulate", "train")]
    [InlineData("bench", "board")]
    [InlineData("bench", "sampler")]
    [InlineData("bench", "inference")]
    [InlineData("bench", "programming")]
    [InlineData("bench", "twin")]
    [InlineData("device", "fit")]
    [InlineData("runs")]
    [InlineData("report")]
    public void Every_command_help_shows_an_example(params string[] command)
    {
        var (code, output, _) = CliRunner.Run([.. command, "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
        Assert.Contains($"edge {string.Join(' ', command)} ", output, StringComparison.Ordinal);
    }
}
