// SPDX-License-Identifier: MIT
using Edge.Firmware.Jobs;
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Firmware.Tests.Jobs;

public sealed class SeekPlannerTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1e-9)]
    [InlineData(-0.05)]
    [InlineData(-0.7)]
    [InlineData(-3.3)]
    [InlineData(-25.0)]
    public void Exp_matches_the_runtime_to_twelve_digits(double y)
    {
        Assert.Equal(Math.Exp(y), SeekPlanner.Exp(y), Math.Exp(y) * 1e-12);
    }

    [Fact]
    public void Far_from_the_target_it_takes_the_largest_step_within_the_aim()
    {
        var table = SeekFixture.Table().Potentiation;
        int choice = SeekPlanner.Choose(table, 1.0, 0.2, 1.0, 0.8);
        double move = SeekPlanner.PredictedMove(table, choice, 1.0, 1.0);
        Assert.True(move <= 0.8 * 0.8, $"move {move}");
        Assert.True(choice == table.Count - 1 || SeekPlanner.PredictedMove(table, choice + 1, 1.0, 1.0) > 0.64);
        Assert.True(move > 0.05, "a distant target gets a large step");
    }

    [Fact]
    public void Near_the_target_the_step_is_fine()
    {
        var table = SeekFixture.Table().Potentiation;
        double gap = 0.002;
        int choice = SeekPlanner.Choose(table, 0.6, 0.6 - gap, 1.0, 0.8);
        double move = SeekPlanner.PredictedMove(table, choice, 0.6, 1.0);
        Assert.InRange(move, 0.1 * gap, 0.8 * gap);
    }

    [Fact]
    public void A_faster_cell_gets_a_lower_voltage_for_the_same_gap()
    {
        var table = SeekFixture.Table().Potentiation;
        int normal = SeekPlanner.Choose(table, 0.9, 0.89, 1.0, 0.8);
        int fast = SeekPlanner.Choose(table, 0.9, 0.89, 2.0, 0.8);
        Assert.True(table.WriteMillivolts[fast] < table.WriteMillivolts[normal]);
    }

    [Fact]
    public void No_voltage_reaches_a_target_behind_every_bound()
    {
        // Potentiation bounds lie at x >= 1 - 7/6: a target below all of them is never reached, only crept toward.
        var table = SeekFixture.Table().Potentiation;
        Assert.Equal(-1, SeekPlanner.Choose(table, 0.5, -0.3, 1.0, 0.8));
        Assert.Equal(-1, SeekPlanner.Choose(table, -0.2, -0.3, 1.0, 0.8));
    }
}
