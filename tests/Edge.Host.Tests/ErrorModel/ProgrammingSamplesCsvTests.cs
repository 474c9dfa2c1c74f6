// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.ErrorModel;
using Xunit;

namespace Edge.Host.Tests.ErrorModel;

public sealed class ProgrammingSamplesCsvTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("edge-samples-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Loads_rows_with_line_numbers_and_the_error_actual_minus_reached()
    {
        var path = Write(ProgrammingSamplesCsv.Header, "potentiation,4,1,0.3333333,0.34,0.345", string.Empty, "depression,4,3,1,0.99,0.985");

        var samples = ProgrammingSamplesCsv.Load(path);

        Assert.Equal(2, samples.Count);
        Assert.Equal(2, samples[0].LineNumber);
        Assert.Equal(0.005, samples[0].Error, 1e-12);
        Assert.Equal(DirectionNames.Depression, samples[1].Direction);
        Assert.Equal(4, samples[1].LineNumber);
    }

    [Theory]
    [InlineData("potentiation,4,1,0.33,0.34", ":3:", "5 fields")]
    [InlineData("potentiation,4,1,0.33,NaN,0.35", ":3:", "reached")]
    [InlineData("potentiation,4,1,0.33,0.34,abc", ":3:", "actual = 'abc'")]
    [InlineData("potentiation,4,x,0.33,0.34,0.35", ":3:", "level = 'x'")]
    [InlineData("potentiation,4,4,0.33,0.34,0.35", ":3:", "level = 4")]
    [InlineData("sideways,4,1,0.33,0.34,0.35", ":3:", "sideways")]
    public void A_malformed_row_names_its_line_and_column(string badRow, string line, string what)
    {
        var path = Write(ProgrammingSamplesCsv.Header, "potentiation,4,0,0,0.01,0.012", badRow);

        var ex = Assert.Throws<EdgeException>(() => ProgrammingSamplesCsv.Load(path));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains(line, ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_and_bad_header_are_bad_input()
    {
        var missing = Assert.Throws<EdgeException>(() => ProgrammingSamplesCsv.Load(Path.Combine(directory, "none.csv")));
        var header = Assert.Throws<EdgeException>(() => ProgrammingSamplesCsv.Load(Write("direction,level,target,actual", "potentiation,1,0.5,0.5")));

        Assert.Equal(ExitCode.BadInput, missing.ExitCode);
        Assert.Contains("not found", missing.Message, StringComparison.Ordinal);
        Assert.Contains(":1: header", header.Message, StringComparison.Ordinal);
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
