// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Formats;
using Edge.Host.Programming;
using Edge.Host.Virtual;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Programming;

public sealed class ProgrammingBenchmarkTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("edge-programming-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Both_schemes_program_the_same_targets_and_the_ledger_confirms_every_pulse()
    {
        WriteCalibration(ModelTables.Build(ModelTables.Cooperative, 32));
        var options = new ProgrammingBenchOptions { Count = 6, Boards = new VirtualBoards(ModelTables.Cooperative), Seed = 4 };
        var comparison = ProgrammingBenchmark.Compare(dir, 32, options);

        Assert.Equal(32, comparison.ProgramLevels);
        Assert.Equal(comparison.Ffp.Outcomes.Select(o => (o.Cell, o.Level)), comparison.WriteVerify.Outcomes.Select(o => (o.Cell, o.Level)));
        foreach (var run in new[] { comparison.Ffp, comparison.WriteVerify })
        {
            Assert.Equal(run.Outcomes.Sum(o => (long)o.Pulses), run.LedgerPulses);
            Assert.Equal(6, run.Statistics.Cells);
            Assert.True(run.Statistics.DeviceSeconds > 0);
            Assert.Equal(0, run.Statistics.CellsFailed);
            Assert.Equal(1.0, run.Statistics.WithinHalfLevel);
        }

        Assert.Equal("ffp", comparison.Ffp.Scheme);
        Assert.Equal("write_verify", comparison.WriteVerify.Scheme);
    }

    [Fact]
    public void The_same_seed_gives_the_same_figures()
    {
        WriteCalibration(ModelTables.Build(ModelTables.Cooperative, 32));
        var options = new ProgrammingBenchOptions { Count = 4, Boards = new VirtualBoards(ModelTables.Cooperative), Seed = 9 };
        var first = ProgrammingBenchmark.Compare(dir, 32, options);
        var second = ProgrammingBenchmark.Compare(dir, 32, options);
        Assert.Equal(first.Ffp.Statistics, second.Ffp.Statistics);
        Assert.Equal(first.WriteVerify.Statistics, second.WriteVerify.Statistics);
    }

    [Fact]
    public void A_level_count_the_calibration_does_not_hold_is_a_bad_input_naming_the_file()
    {
        WriteCalibration(ModelTables.Build(ModelTables.Cooperative, 32));
        var ex = Assert.Throws<EdgeException>(() => ProgrammingBenchmark.Compare(dir, 128, new ProgrammingBenchOptions { Count = 2, Boards = VirtualBoards.Paper }));
        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("levels-128-potentiation.bin", ex.Message, StringComparison.Ordinal);
    }

    private void WriteCalibration(ModelTables tables)
    {
        File.WriteAllBytes(ProgrammingBenchmark.TableSetPath(dir), tables.Image);
        foreach (var (n, program) in tables.Programs)
        {
            TableFiles.WriteLevelProgram(ProgrammingBenchmark.LevelProgramPath(dir, n, Direction.Potentiation), program, tables.Generation);
        }
    }
}
