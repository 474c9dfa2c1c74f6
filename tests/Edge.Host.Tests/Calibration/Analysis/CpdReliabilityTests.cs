// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public class CpdReliabilityTests
{
    private static readonly double[] SkippingLevel = { 0.2, -0.1, 0.5, 1.3, 0.9, 0.4, 1.1, 0.0, 0.7 };

    [Theory]
    // numpy 1.24.2: np.percentile(u, 80, method='inverted_cdf')
    [InlineData(new[] { 0.2, -0.1, 0.5, 1.3, 0.9, 0.4, 1.1, 0.0, 0.7 }, 1.1)]
    [InlineData(new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 1.05, 1.2, 1.4, 1.6, 0.05 }, 1.2)]
    public void Value_at_80_percent_matches_numpy_inverted_cdf(double[] values, double expected)
    {
        Assert.Equal(expected, CpdReliability.ValueAtProbability(values, 0.8));
    }

    [Fact]
    public void Normalisation_puts_the_level_at_0_and_the_next_level_at_1_in_either_direction()
    {
        var falling = Segmentation.Segment(SegmentationTests.Falling(), 11);
        var rising = Segmentation.Segment(new FfpTrace(Direction.Depression, new[] { 100.0, 102, 104 }, new[] { 1.0, 1.0 }), 3);

        Assert.Equal(0.0, CpdReliability.Normalise(falling, 3, 107.0), 12);
        Assert.Equal(1.0, CpdReliability.Normalise(falling, 3, 106.0), 12);
        Assert.Equal(-0.5, CpdReliability.Normalise(falling, 3, 107.5), 12);
        Assert.Equal(1.0, CpdReliability.Normalise(rising, 1, 104.0), 12);
        Assert.Equal(0.25, CpdReliability.Normalise(rising, 0, 100.5), 12);

        // The last level has no next one: one previous step further counts as 1.
        Assert.Equal(1.0, CpdReliability.Normalise(falling, 10, 99.0), 12);
    }

    [Fact]
    public void A_level_beyond_1_at_80_percent_is_skip_prone()
    {
        var segmentation = Segmentation.Segment(SegmentationTests.Falling(), 11);
        var results = SkippingLevel.Select(u => new ProgrammingResult(3, 107.0 - u))
            .Concat(new[] { 0.1, 0.3, 0.95, -0.2 }.Select(u => new ProgrammingResult(5, 105.0 - u)))
            .ToList();

        var cpd = CpdReliability.Analyse(segmentation, results);

        Assert.Equal(new[] { 3, 5 }, cpd.PerLevel.Select(l => l.Level));
        Assert.Equal(1.1, cpd.PerLevel[0].ValueAtProbability, 12);
        Assert.Equal(0.95, cpd.PerLevel[1].ValueAtProbability, 12);
        Assert.Equal(1, cpd.SkipProneCount);
        Assert.Equal(new[] { 3 }, cpd.SkipProneLevels);
        Assert.Equal(SkippingLevel.Order(), cpd.PerLevel[0].Normalised.Select(v => Math.Round(v, 12)));
        Assert.Equal(0.8, cpd.Probability);
        Assert.Equal(11, cpd.Levels);
    }

    [Fact]
    public void A_result_for_a_level_that_does_not_exist_is_bad_input()
    {
        var segmentation = Segmentation.Segment(SegmentationTests.Falling(), 11);

        var ex = Assert.Throws<EdgeException>(() => CpdReliability.Analyse(segmentation, new[] { new ProgrammingResult(11, 100) }));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("level 11", ex.Message, StringComparison.Ordinal);
    }
}
