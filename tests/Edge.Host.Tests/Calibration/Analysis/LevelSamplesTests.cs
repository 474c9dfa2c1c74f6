// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Host.ErrorModel;
using Edge.Shared.Formats;
using Xunit;

namespace Edge.Host.Tests.Calibration.Analysis;

public sealed class LevelSamplesTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "edge-level-samples-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Potentiation_samples_use_the_y_convention_with_level_k_at_target_k_over_n_minus_1()
    {
        // Trace 110 .. 100 ohm; y = (110 - R) / 10.
        var segmentation = Segmentation.Segment(SegmentationTests.Falling(), 11);

        var sample = Assert.Single(LevelSamples.From(segmentation, new[] { new ProgrammingResult(3, 106.5) }));

        Assert.Equal(new LevelSample(Direction.Potentiation, 11, 3, 0.3, 0.3, 0.35), sample with { Target = Math.Round(sample.Target, 12), Reached = Math.Round(sample.Reached, 12), Actual = Math.Round(sample.Actual, 12) });
    }

    [Fact]
    public void Depression_samples_count_levels_from_HRS_so_target_is_still_k_over_n_minus_1()
    {
        // Depression 100 -> 104 ohm, 3 levels: segmentation level 0 is LRS (R = 100, y = 1).
        var segmentation = Segmentation.Segment(new FfpTrace(Direction.Depression, new[] { 100.0, 102, 104 }, new[] { 1.0, 1.0 }), 3);

        var samples = LevelSamples.From(segmentation, new[] { new ProgrammingResult(0, 100.4), new ProgrammingResult(2, 104.0) });

        Assert.Equal(2, samples[0].Level);
        Assert.Equal(1.0, samples[0].Target);
        Assert.Equal(1.0, samples[0].Reached);
        Assert.Equal(0.9, samples[0].Actual, 12);
        Assert.Equal(0, samples[1].Level);
        Assert.Equal(0.0, samples[1].Target);
        Assert.Equal(0.0, samples[1].Reached);
    }

    [Fact]
    public void Csv_has_the_exact_header_and_reads_back_through_the_error_model_reader()
    {
        var segmentation = Segmentation.Segment(SegmentationTests.Falling(), 11);
        var samples = LevelSamples.From(segmentation, Enumerable.Range(0, 11).Select(k => new ProgrammingResult(k, 110.0 - k - 0.01)));
        string path = Path.Combine(directory, ProgrammingSamplesCsv.FileName);

        LevelSamples.WriteCsv(path, samples);
        var read = ProgrammingSamplesCsv.Load(path);

        Assert.Equal("direction,levels,level,target,reached,actual", File.ReadLines(path).First());
        Assert.Equal(11, read.Count);
        for (int i = 0; i < read.Count; i++)
        {
            Assert.Equal("potentiation", read[i].Direction);
            Assert.Equal(samples[i].Level, read[i].Level);
            Assert.Equal(samples[i].Target, read[i].Target);
            Assert.Equal(samples[i].Reached, read[i].Reached);
            Assert.Equal(samples[i].Actual, read[i].Actual);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
