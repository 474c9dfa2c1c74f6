// SPDX-License-Identifier: MIT
using System.Text.Json.Nodes;
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using Edge.Host.ErrorModel;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Host.Tests.ErrorModel;

public sealed class ErrorModelFitQualityTests
{
    [Theory]
    [InlineData(8, 31)]
    [InlineData(66, 32)]
    public void No_level_degenerates_and_bootstrap_p_values_are_uniform_when_the_errors_are_t(int perLevel, int seed)
    {
        const int levels = 256;
        var random = new Random(seed);
        var samples = new List<ProgrammingSample>();
        for (int k = 0; k < levels; k++)
        {
            double y = (double)k / (levels - 1);
            double scale = 5e-4 + (1.5e-3 * Math.Exp(-y / 0.2));
            for (int i = 0; i < perLevel; i++)
            {
                samples.Add(Sample(levels, k, StudentT.Sample(random, 0, scale, 4)));
            }
        }

        var model = ErrorModelFitter.Fit(samples, levels, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 99));

        var flagged = model.Flags.Select(f => f.Level).ToHashSet();
        Assert.All(Enumerable.Range(0, levels).Where(k => !flagged.Contains(k)), k =>
        {
            Assert.InRange(model.Nu[k], 1, 1000);
            Assert.InRange(model.Scale[k], LevelFlags.ScaleFloor, 1);
        });

        // Under the null a bootstrap p-value is uniform: about 5 % below 0.05 (binomial, 256 levels: 1 % .. 10 %).
        double rejected = model.KsP!.Count(p => p <= 0.05) / (double)levels;
        Assert.InRange(rejected, 0.01, 0.10);
        Assert.True(flagged.Count <= levels / 20, $"{flagged.Count} levels flagged");
    }

    [Fact]
    public void Errors_accepted_inside_a_verify_band_take_the_band_and_pass_where_the_t_is_rejected()
    {
        // A seek loop's errors: accepted anywhere inside +-0.25 of a 1/127 spacing, then read with 1e-4 noise.
        const int levels = 128;
        var random = new Random(12);
        var samples = new List<ProgrammingSample>();
        for (int k = 0; k < levels; k++)
        {
            for (int i = 0; i < 66; i++)
            {
                samples.Add(Sample(levels, k, BandNormal.Sample(random, new BandNormalParameters(0, 0.25 / (levels - 1), 1e-4))));
            }
        }

        var auto = ErrorModelFitter.Fit(samples, levels, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 99));
        var t = ErrorModelFitter.Fit(samples, levels, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 99, Family: ErrorFamily.StudentT));

        Assert.True(auto.Band.Count(h => h > 0) >= 0.8 * levels, $"{auto.Band.Count(h => h > 0)} band levels");
        Assert.All(t.Band, h => Assert.Equal(0, h));
        double autoRejected = auto.KsP!.Count(p => p <= 0.05) / (double)levels;
        double tRejected = t.KsP!.Count(p => p <= 0.05) / (double)levels;
        Assert.InRange(autoRejected, 0, 0.10);
        Assert.True(tRejected > autoRejected + 0.05, $"t rejects {tRejected:P0}, auto {autoRejected:P0}");
        Assert.DoesNotContain(auto.Flags, f => f.Problems.Contains(LevelFlags.ScaleBelowFloor));
    }

    [Fact]
    public void A_level_of_equal_errors_is_flagged_no_spread_and_takes_its_neighbourhoods_scale()
    {
        var random = new Random(4);
        var samples = new List<ProgrammingSample>();
        for (int k = 0; k < 16; k++)
        {
            for (int i = 0; i < 20; i++)
            {
                samples.Add(Sample(16, k, k == 7 ? 3e-4 : StudentT.Sample(random, 0, 1e-3, 5)));
            }
        }

        var model = ErrorModelFitter.Fit(samples, 16, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 19));

        var flag = Assert.Single(model.Flags, f => f.Level == 7);
        Assert.Contains(LevelFlags.NoSpread, flag.Problems);
        Assert.Equal(3e-4, model.Loc[7], 1e-12);
        Assert.InRange(model.Scale[7], 0.7e-3, 1.4e-3);
    }

    [Fact]
    public void A_level_whose_errors_are_two_separated_clusters_fails_the_bootstrap_test()
    {
        var random = new Random(5);
        var samples = new List<ProgrammingSample>();
        for (int k = 0; k < 8; k++)
        {
            for (int i = 0; i < 150; i++)
            {
                double error = k == 3 ? ((i % 2 == 0 ? 2e-3 : -2e-3) + (1e-4 * Normal.Sample(random, 0, 1))) : StudentT.Sample(random, 0, 1e-3, 5);
                samples.Add(Sample(8, k, error));
            }
        }

        var model = ErrorModelFitter.Fit(samples, 8, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 199));

        Assert.True(model.KsP![3] < LevelFlags.PoorFitP, $"p = {model.KsP[3]}");
        Assert.Contains(LevelFlags.PoorFit, Assert.Single(model.Flags, f => f.Level == 3).Problems);
    }

    [Fact]
    public void Flags_p_values_and_the_value_range_are_written_loaded_and_kept_by_SelectLevels()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("edge-quality-").FullName, "m.json");
        var samples = new List<ProgrammingSample>();
        var random = new Random(6);
        for (int k = 0; k < 5; k++)
        {
            for (int i = 0; i < 12; i++)
            {
                var sample = Sample(5, k, k == 4 ? -1e-3 : StudentT.Sample(random, 0, 1e-3, 5));
                samples.Add(k == 0 && i == 0 ? sample with { Actual = -0.05 } : sample);
            }
        }

        var model = ErrorModelFitter.Fit(samples, 5, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 9));
        model.Save(path);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var loaded = ProgramErrorModel.Load(path);
        var two = loaded.SelectLevels(2);

        Assert.True(json.ContainsKey("ks_p") && json.ContainsKey("flags") && json.ContainsKey("value_min") && json.ContainsKey("nu_data_weight"));
        Assert.Equal(-0.05, loaded.ValueMin);
        Assert.Equal(1, loaded.ValueMax);
        Assert.Equal(model.KsP, loaded.KsP);
        Assert.Contains(LevelFlags.NoSpread, Assert.Single(loaded.Flags, f => f.Level == 4).Problems);
        Assert.Contains(LevelFlags.NoSpread, Assert.Single(two.Flags, f => f.Level == 1).Problems);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void The_fit_report_prints_one_warning_line_per_flagged_level()
    {
        var samples = new List<ProgrammingSample>();
        for (int k = 0; k < 6; k++)
        {
            for (int i = 0; i < 10; i++)
            {
                samples.Add(Sample(6, k, k is 1 or 4 ? 0 : (i - 4.5) * 2e-4));
            }
        }

        var model = ErrorModelFitter.Fit(samples, 6, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 0));
        var writer = new StringWriter();
        ErrorModelFitReport.Write(writer, model);

        var warnings = writer.ToString().Split('\n').Where(l => l.StartsWith("warning: level ", StringComparison.Ordinal)).ToList();
        Assert.Equal(model.Flags.Length, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("warning: level 1: no_spread", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("warning: level 4: no_spread", StringComparison.Ordinal));
    }

    private static ProgrammingSample Sample(int levels, int k, double error)
    {
        double reached = (double)k / (levels - 1);
        return new ProgrammingSample(DirectionNames.Potentiation, levels, k, reached, reached, reached + error, 2);
    }
}
