// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Mapping;
using Edge.Analog.Noise;
using Xunit;

namespace Edge.Analog.Tests.Mapping;

public sealed class LevelQuantizerTests
{
    [Fact]
    public void Picks_the_nearest_reached_level_not_the_ideal_grid()
    {
        // Reached levels of an uneven device: the ideal 4-level grid would be 0, 1/3, 2/3, 1.
        var quantizer = new LevelQuantizer([0.0, 0.2, 0.45, 0.97]);
        Assert.Equal(1, quantizer.Nearest(0.3));   // ideal grid: 1/3 -> index 1 as well, but
        Assert.Equal(2, quantizer.Nearest(0.34));  // 0.34 is nearer 0.45 than 0.2 on the reached levels
        Assert.Equal(3, quantizer.Nearest(0.8));
        Assert.Equal(0, quantizer.Nearest(-0.5));
        Assert.Equal(3, quantizer.Nearest(1.5));
    }

    [Fact]
    public void Nearest_level_is_never_farther_than_any_other_level()
    {
        Gen.Select(Gen.Double[0, 1].Array[2, 40], Gen.Double[-0.2, 1.2]).Sample((levels, y) =>
        {
            var quantizer = new LevelQuantizer(levels);
            var chosen = levels[quantizer.Nearest(y)];
            Assert.All(levels, l => Assert.True(Math.Abs(chosen - y) <= Math.Abs(l - y) + 1e-15));
        });
    }

    [Fact]
    public void Bracket_gives_the_neighbours_and_the_position_between_them()
    {
        var quantizer = new LevelQuantizer([0.0, 0.5, 1.0]);
        var (lower, upper, fraction) = quantizer.Bracket(0.6);
        Assert.Equal((1, 2), (lower, upper));
        Assert.Equal(0.2, fraction, 12);
    }

    [Fact]
    public void Programmer_adds_no_error_with_an_ideal_model_and_quantises_to_its_levels()
    {
        var programmer = new CrossbarProgrammer(ProgramErrorModel.Ideal(4));
        var levels = new int[3];
        programmer.Quantize([0.1f, 0.45f, 0.9f], levels);
        Assert.Equal([0, 1, 3], levels);
        var programmed = new float[3];
        programmer.Program(levels, programmed, 1);
        Assert.Equal([0f, 1f / 3f, 1f], programmed);
    }

    [Fact]
    public void Fallback_model_error_is_largest_at_hrs_and_samples_match_its_scale()
    {
        var model = new FallbackErrorModelSource().Get(512);
        Assert.True(model.Scale[0] > 3 * model.Scale[^1]);
        var programmer = new CrossbarProgrammer(model.SelectLevels(2));
        var levels = Enumerable.Repeat(1, 200_000).ToArray();
        var programmed = new float[levels.Length];
        programmer.Program(levels, programmed, 42);
        var errors = programmed.Select(p => p - 1.0).ToArray();
        var mean = errors.Average();
        var variance = errors.Sum(e => (e - mean) * (e - mean)) / (errors.Length - 1);
        // Student's t with nu = 4 has variance nu / (nu - 2) = 2 times scale^2.
        var expected = 2.0 * model.Scale[^1] * model.Scale[^1];
        Assert.InRange(mean, -1e-4, 1e-4);
        Assert.InRange(variance, 0.85 * expected, 1.15 * expected);
    }

    [Theory]
    [InlineData(0, 512)]
    [InlineData(10, 512)]
    [InlineData(8, 128)]
    public void Bits_outside_one_to_log2_levels_are_refused(int bits, int levels)
    {
        var error = Assert.Throws<EdgeException>(() => BitDepth.Check(bits, levels, "error model x.json"));
        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("x.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bit_lists_accept_counts_lists_and_ranges()
    {
        Assert.Equal([1, 2, 3, 9], BitDepth.ParseList("1-3,9"));
        Assert.Equal(9, BitDepth.MaximumBits(512));
        Assert.Equal(7, BitDepth.MaximumBits(200));
        Assert.Throws<EdgeException>(() => BitDepth.ParseList("four"));
    }

    [Fact]
    public void Drift_and_variation_act_on_conductance_so_the_common_mode_amplifies_them()
    {
        var g0 = DeviceWindow.Paper.CommonModeRatio;
        Assert.Equal(0.5, ConductanceDisturbance.Apply(0.5, 1.0, g0), 12);
        // A 1 % conductance loss moves y by g0 * 0.01 + 0.01 * y.
        Assert.Equal(0.5 - (0.01 * (g0 + 0.5)), ConductanceDisturbance.Apply(0.5, 0.99, g0), 12);
        Assert.Equal(1.0, ConductanceDisturbance.DriftFactor(0, 0.1), 12);
        Assert.True(ConductanceDisturbance.DriftFactor(1000, 0.01) < 1.0);
    }
}
