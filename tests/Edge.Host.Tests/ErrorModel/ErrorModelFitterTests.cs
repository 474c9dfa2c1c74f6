// SPDX-License-Identifier: MIT
using Edge.Reports;
using System.Globalization;
using System.Text.Json.Nodes;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using MathNet.Numerics.Distributions;
using Xunit;

namespace Edge.Host.Tests.ErrorModel;

public sealed class ErrorModelFitterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("edge-fit-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Fit_run_recovers_per_level_parameters_and_writes_json_and_plots()
    {
        var nu = new[] { 3.0, 6.0, 15.0, 4.0 };
        var scale = new[] { 0.004, 0.002, 0.001, 0.0015 };
        WriteCalibration(4, Enumerable.Repeat(3000, 4).ToArray(), nu, scale, seed: 1);
        var outPath = Path.Combine(directory, "out", "errmodel.json");

        var (model, plots) = ErrorModelFitRun.Run(directory, 4, DirectionNames.Potentiation, outPath, new ErrorModelFitOptions(), plotSeed: 1);

        for (var k = 0; k < 4; k++)
        {
            Assert.InRange(model.Nu[k], nu[k] * 0.75, nu[k] * 1.35);
            Assert.InRange(model.Scale[k], scale[k] * 0.95, scale[k] * 1.05);
            Assert.InRange(model.Ks[k], 0, 1.63 / Math.Sqrt(3000));
        }

        Assert.Equal("cal-test", model.CalibrationId);
        Assert.Equal(Reached(1, 4), model.Actual[1], 1e-12);
        var json = JsonNode.Parse(File.ReadAllText(outPath))!.AsObject();
        foreach (var field in new[] { "levels", "direction", "targets", "actual", "loc", "scale", "nu", "ks", "sample_counts", "calibration_id", "borrowed" })
        {
            Assert.True(json.ContainsKey(field), $"missing {field}");
        }

        Assert.Equal(9, plots.Count);
        Assert.All(plots, p => Assert.True(new FileInfo(p).Length > 1000, p));
        Assert.True(File.Exists(Path.Combine(directory, "out", "errmodel-fig5a.svg")));
        Assert.Equal(model.Scale, ProgramErrorModel.Load(outPath).Scale);
    }

    [Fact]
    public void Progress_counts_every_level_once_up_to_the_level_count()
    {
        var samples = Samples(6, [20, 20, 20, 20, 20, 20], seed: 3);
        var reported = new System.Collections.Concurrent.ConcurrentBag<int>();

        ErrorModelFitter.Fit(samples, 6, DirectionNames.Potentiation, "cal", new ErrorModelFitOptions(BootstrapReplicates: 9), new InlineProgress<int>(reported.Add));

        Assert.Equal([1, 2, 3, 4, 5, 6], reported.Order().ToArray());
    }

    [Fact]
    public void A_level_with_too_few_samples_pools_its_nearest_neighbours()
    {
        var samples = Samples(6, [20, 20, 3, 20, 20, 0], seed: 2);

        var model = ErrorModelFitter.Fit(samples, 6, DirectionNames.Potentiation, "cal");

        Assert.Equal([2, 5], model.Borrowed);
        Assert.Equal((1, 3), (model.PoolFrom[2], model.PoolTo[2]));
        Assert.Equal((4, 5), (model.PoolFrom[5], model.PoolTo[5]));
        Assert.Equal((0, 0), (model.PoolFrom[0], model.PoolTo[0]));
        Assert.Equal(3, model.SampleCounts[2]);

        // Level 5 has no samples: its reached value keeps level 4's offset from the ideal grid.
        Assert.Equal(1.0 + (Reached(4, 6) - 0.8), model.Actual[5], 1e-12);
    }

    [Fact]
    public void A_level_with_no_samples_and_no_neighbours_in_reach_is_bad_input_naming_it()
    {
        var samples = Samples(12, [20, 20, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0], seed: 3);

        var ex = Assert.Throws<EdgeException>(() => ErrorModelFitter.Fit(samples, 12, DirectionNames.Potentiation, "cal"));

        Assert.Equal(ExitCode.BadInput, ex.ExitCode);
        Assert.Contains("level 7 has no samples", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_count_or_direction_the_calibration_lacks_is_bad_input_listing_what_it_holds()
    {
        var samples = Samples(6, [20, 20, 20, 20, 20, 20], seed: 4);

        var levels = Assert.Throws<EdgeException>(() => ErrorModelFitter.Fit(samples, 32, DirectionNames.Potentiation, "cal"));
        var direction = Assert.Throws<EdgeException>(() => ErrorModelFitter.Fit(samples, 6, DirectionNames.Depression, "cal"));

        Assert.Contains("--levels 32", levels.Message, StringComparison.Ordinal);
        Assert.Contains("level counts: 6", levels.Message, StringComparison.Ordinal);
        Assert.Contains("level counts: none", direction.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_is_not_k_over_n_minus_1_names_its_line()
    {
        var samples = Samples(6, [20, 20, 20, 20, 20, 20], seed: 5).ToList();
        samples[30] = samples[30] with { Target = 0.9 };

        var ex = Assert.Throws<EdgeException>(() => ErrorModelFitter.Fit(samples, 6, DirectionNames.Potentiation, "cal"));

        Assert.Contains($"line {samples[30].LineNumber}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_in_the_calibration_csv_stops_the_fit_run_with_the_line()
    {
        WriteCalibration(4, [10, 10, 10, 10], [5, 5, 5, 5], [0.001, 0.001, 0.001, 0.001], seed: 6);
        var csv = Path.Combine(directory, ProgrammingSamplesCsv.FileName);
        var lines = File.ReadAllLines(csv);
        lines[5] = "potentiation,4,0,0,0.01,NaN";
        File.WriteAllLines(csv, lines);

        var ex = Assert.Throws<EdgeException>(() => ErrorModelFitRun.Run(
            directory, 4, DirectionNames.Potentiation, Path.Combine(directory, "m.json"), new ErrorModelFitOptions(), 1));

        Assert.Contains(":6:", ex.Message, StringComparison.Ordinal);
    }

    private static double Reached(int k, int levels) => ((double)k / (levels - 1)) + (k == 1 ? 0.0066667 : 0.001 * k);

    private static List<ProgrammingSample> Samples(int levels, int[] counts, int seed, double[]? nu = null, double[]? scale = null)
    {
        var random = new Random(seed);
        var samples = new List<ProgrammingSample>();
        for (var k = 0; k < levels; k++)
        {
            for (var i = 0; i < counts[k]; i++)
            {
                var reached = Reached(k, levels);
                var error = StudentT.Sample(random, 0.0002, scale?[k] ?? 0.002, nu?[k] ?? 5);
                samples.Add(new ProgrammingSample(DirectionNames.Potentiation, levels, k, (double)k / (levels - 1), reached, reached + error, samples.Count + 2));
            }
        }

        return samples;
    }

    private void WriteCalibration(int levels, int[] counts, double[] nu, double[] scale, int seed)
    {
        var lines = new List<string> { ProgrammingSamplesCsv.Header };
        lines.AddRange(Samples(levels, counts, seed, nu, scale).Select(s => string.Create(
            CultureInfo.InvariantCulture, $"{s.Direction},{s.Levels},{s.Level},{s.Target:R},{s.Reached:R},{s.Actual:R}")));
        File.WriteAllLines(Path.Combine(directory, ProgrammingSamplesCsv.FileName), lines);
        File.WriteAllText(Path.Combine(directory, CalibrationFolder.SummaryFileName), """{"calibration_id": "cal-test", "levels": [4]}""");
    }
}
