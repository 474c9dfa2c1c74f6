// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.Errors;
using Xunit;

namespace Edge.Cli.Tests.Commands;

/// <summary><c>edge deploy</c> checks its journal and output before planning the network or applying a pulse.</summary>
public sealed class DeployFilesTests : IDisposable
{
    private readonly TempFolder temp = new("edge-deploy-files");

    private string Journal => temp["journal.sqlite"];

    [Fact]
    public void Out_pointing_at_a_file_fails_in_seconds_with_nothing_programmed()
    {
        string file = temp["report.txt"];
        File.WriteAllText(file, "not a folder");
        var clock = Stopwatch.StartNew();
        var (code, output, error) = Deploy("--out", file);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("is a file; expected a folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("virtual board", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Journal), "no journal: nothing was planned or programmed");
    }

    [Fact]
    public void Resume_with_a_missing_journal_is_an_error_not_a_fresh_start()
    {
        var (code, _, error) = Deploy("--out", temp["dep"], "--resume");
        Assert.Equal((int)ExitCode.BadInput, code);
        Assert.Contains("nothing to resume", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Journal));
    }

    [Fact]
    public void An_existing_journal_is_refused_without_resume_or_force()
    {
        File.WriteAllText(Journal, string.Empty);
        var (code, _, error) = Deploy("--out", temp["dep"]);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains("--resume", error, StringComparison.Ordinal);
        Assert.Contains("--force", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bits", "0", "--bits 0: expected at least 1")]
    [InlineData("--levels", "0", "--levels 0: expected at least 2")]
    [InlineData("--bits", "abc", "--bits 'abc': expected a whole number")]
    public void Out_of_range_numbers_are_usage_errors_that_say_what_is_right(string option, string value, string message)
    {
        var (code, _, error) = Deploy("--out", temp["dep"], option, value);
        Assert.Equal((int)ExitCode.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("fewer bits", error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private (int Code, string Output, string Error) Deploy(params string[] extra) =>
        CliRunner.Run(["deploy", "--weights", temp["weights.dat"], "--calibration", temp["cal"], "--journal", Journal, .. extra]);
}
