// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Host.Programming;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Programming;

public sealed class LevelLadderTests
{
    private static readonly LevelLadder Falling = new(Direction.Potentiation, [880.0, 870.0, 850.0, 840.0]);

    [Theory]
    [InlineData(1, 865.0, -0.25)] // past level 1 toward level 2 (20 ohm away)
    [InlineData(1, 875.0, 0.5)] // back toward level 0 (10 ohm away)
    [InlineData(0, 885.0, 0.5)] // outside the ladder: the outermost level uses its inner gap
    [InlineData(3, 835.0, -0.5)]
    public void Level_error_is_measured_in_the_gap_toward_the_neighbour_on_its_side(int level, double ohms, double expected)
    {
        Assert.Equal(expected, Falling.LevelError(level, ohms), 12);
    }

    [Fact]
    public void Within_half_a_level_means_nearest_level_decoding_gives_the_target()
    {
        var ladder = new LevelLadder(Direction.Depression, [740.0, 741.3, 743.0, 743.2, 747.9, 760.0]);
        Gen.Select(Gen.Int[0, ladder.LevelCount - 1], Gen.Double[741.3, 747.9]).Sample((level, ohms) =>
        {
            int nearest = Enumerable.Range(0, ladder.LevelCount).MinBy(k => Math.Abs(ladder.TargetsOhms[k] - ohms));
            bool within = Math.Abs(ladder.LevelError(level, ohms)) <= 0.5;
            Assert.True(within == (nearest == level) || Math.Abs(Math.Abs(ladder.LevelError(level, ohms)) - 0.5) < 1e-9, $"level {level}, R {ohms}");
        });
    }

    [Fact]
    public void A_ladder_that_does_not_move_in_its_direction_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LevelLadder(Direction.Potentiation, [880.0, 881.0]));
        Assert.Throws<ArgumentException>(() => new LevelLadder(Direction.Depression, [760.0]));
        Assert.Throws<ArgumentException>(() => new LevelLadder(Direction.Depression, [760.0, double.NaN]));
    }

    [Fact]
    public void Targets_from_another_ladder_or_a_repeated_cell_are_refused_before_any_pulse()
    {
        Assert.Throws<ArgumentException>(() => Falling.CheckTargets([new CellTarget(0, 1, 871.0)]));
        Assert.Throws<ArgumentException>(() => Falling.CheckTargets([new CellTarget(0, 4, 830.0)]));
        Assert.Throws<ArgumentException>(() => Falling.CheckTargets([CellTarget.For(Falling, 3, 1), CellTarget.For(Falling, 3, 2)]));
        Falling.CheckTargets([CellTarget.For(Falling, 3, 1), CellTarget.For(Falling, 4, 2)]);
    }
}
