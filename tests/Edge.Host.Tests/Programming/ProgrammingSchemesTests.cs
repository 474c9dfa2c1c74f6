// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Programming;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Programming;

public sealed class ProgrammingSchemesTests
{
    [Fact]
    public void The_default_scheme_without_a_seek_table_names_it_and_the_command_that_makes_it()
    {
        var ex = Assert.Throws<EdgeException>(() => ProgrammingSchemes.RequiredCells(ProgrammingSchemes.Default, new TableSet(), "cal/table-set.bin", 100));
        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("cal/table-set.bin", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ESEK", ex.Message, StringComparison.Ordinal);
        Assert.Contains("edge calibrate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_cell_deploy_without_array_data_names_it_and_the_command_that_makes_it()
    {
        var set = new TableSet { Seek = new SeekTable() };
        var ex = Assert.Throws<EdgeException>(() => ProgrammingSchemes.RequiredCells(ProgrammingSchemes.Default, set, "cal/table-set.bin", 100));
        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("array calibration", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EARR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("edge calibrate", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, ProgrammingSchemes.RequiredCells(ProgrammingSchemes.Default, set, "cal/table-set.bin", 1));
    }

    [Fact]
    public void The_board_must_have_as_many_cells_as_the_array_calibration()
    {
        var set = new TableSet { Seek = new SeekTable(), Array = new ArrayCorrections { LowMilliohms = new uint[256] } };
        Assert.Equal(256, ProgrammingSchemes.RequiredCells(ProgrammingSchemes.Default, set, "t", 1000));
        Assert.Equal(0, ProgrammingSchemes.RequiredCells("write-verify", new TableSet(), "t", 1000));
        Assert.Equal(ExitCode.Usage, Assert.Throws<EdgeException>(() => ProgrammingSchemes.RequiredCells("fast", set, "t", 1)).ExitCode);
    }

    [Fact]
    public void Every_registered_name_creates_a_scheme_of_that_name_that_programs_its_cells()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var ladder = LevelLadder.FromProgram(tables.Programs[32]);
        foreach (string name in ProgrammingSchemes.Names)
        {
            var (_, client) = tables.Board(ModelTables.Cooperative, 2);
            using (client)
            {
                var scheme = ProgrammingSchemes.Create(name, client, ladder);
                Assert.Equal(name, scheme.Name);
                Assert.Same(ladder, scheme.Ladder);
                if (name == ProgrammingSchemes.Seek)
                {
                    continue; // needs a calibration's seek table: programmed in ProgrammingBenchmarkTests and the deploy tests
                }

                var outcomes = scheme.Program([CellTarget.For(ladder, 0, 6), CellTarget.For(ladder, 1, 20)]);
                Assert.All(outcomes, o => Assert.True(o.Status == ProgrammingStatus.Done, $"{name}: cell {o.Cell} {o.Reason}"));
                Assert.All(outcomes, o => Assert.InRange(o.LevelError, -0.5, 0.5));
            }
        }
    }

    [Fact]
    public void An_unknown_name_is_refused_with_the_registered_ones()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var (_, client) = tables.Board(ModelTables.Cooperative, 1);
        using (client)
        {
            var ex = Assert.Throws<ArgumentException>(() => ProgrammingSchemes.Create("fast", client, LevelLadder.FromProgram(tables.Programs[32])));
            Assert.Contains("ffp-seek, ffp, write-verify", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ffp-seek", "ffp_seek")]
    [InlineData("write-verify", "write_verify")]
    [InlineData("ffp", "ffp")]
    public void Output_keys_are_the_names_in_snake_case(string name, string key) => Assert.Equal(key, ProgrammingSchemes.Key(name));
}
