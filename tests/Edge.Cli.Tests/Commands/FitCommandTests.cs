// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands;

/// <summary><c>edge fit</c> follows the one overwrite rule and names what a value should be.</summary>
public sealed class FitCommandTests : IDisposable
{
    private readonly TempFolder temp = new("edge-fit");

    [Fact]
    public void An_existing_model_is_not_replaced_without_force()
    {
        string model = temp["err.json"];
        File.WriteAllText(model, "{}");
        var (code, _, error) = CliRunner.Run("fit", "--calibration", temp["cal"], "--levels", "32", "--out", model);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(model));
    }

    [Fact]
    public void Out_under_a_file_is_a_usage_error_naming_the_file()
    {
        string file = temp["file"];
        File.WriteAllText(file, string.Empty);
        var (code, _, error) = CliRunner.Run("fit", "--calibration", temp["cal"], "--levels", "32", "--out", Path.Combine(file, "err.json"));
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains($"{file} is a file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "--levels 0: expected a level count of at least 2")]
    [InlineData("abc", "--levels 'abc': expected a whole number")]
    public void A_bad_level_count_is_a_usage_error_that_says_what_is_right(string value, string message)
    {
        var (code, _, error) = CliRunner.Run("fit", "--calibration", temp["cal"], "--levels", value, "--out", temp["err.json"]);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Int32", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_family_is_a_usage_error_listing_the_families()
    {
        var (code, _, error) = CliRunner.Run("fit", "--calibration", temp["cal"], "--levels", "32", "--family", "gamma", "--out", temp["err.json"]);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("gamma", error, StringComparison.Ordinal);
        Assert.Contains("auto", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["err.json"]));
    }

    public void Dispose() => temp.Dispose();
}
