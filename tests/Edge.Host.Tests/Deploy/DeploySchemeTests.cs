// SPDX-License-Identifier: MIT
using Edge.Host.Deploy;
using Edge.Analog.Errors;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Deploy;

public sealed class DeploySchemeTests
{
    [Fact]
    public void The_default_scheme_without_a_seek_table_names_it_and_the_command_that_makes_it()
    {
        var ex = Assert.Throws<EdgeException>(() => DeploySchemes.RequiredCells(DeploySchemes.Default, new TableSet(), "cal/table-set.bin", 100));
        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("cal/table-set.bin", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ESEK", ex.Message, StringComparison.Ordinal);
        Assert.Contains("edge calibrate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multi_cell_deploy_without_array_data_names_it_and_the_command_that_makes_it()
    {
        var set = new TableSet { Seek = new SeekTable() };
        var ex = Assert.Throws<EdgeException>(() => DeploySchemes.RequiredCells(DeploySchemes.Default, set, "cal/table-set.bin", 100));
        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("array calibration", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EARR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("edge calibrate", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, DeploySchemes.RequiredCells(DeploySchemes.Default, set, "cal/table-set.bin", 1));
    }

    [Fact]
    public void The_board_must_have_as_many_cells_as_the_array_calibration()
    {
        var set = new TableSet { Seek = new SeekTable(), Array = new ArrayCorrections { LowMilliohms = new uint[256] } };
        Assert.Equal(256, DeploySchemes.RequiredCells(DeploySchemes.Default, set, "t", 1000));
        Assert.Equal(0, DeploySchemes.RequiredCells("write-verify", new TableSet(), "t", 1000));
        Assert.Equal(ExitCode.Usage, Assert.Throws<EdgeException>(() => DeploySchemes.RequiredCells("fast", set, "t", 1)).ExitCode);
    }
}
