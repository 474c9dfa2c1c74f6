// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.ErrorModel;
using Edge.Reports;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge bench sampler [--count N] [--threads T] [--scipy]</c>: program-error sampler throughput on a realistic
/// 512-level model, optionally against scipy.stats.t.rvs in the same run (docs/performance.md, "Sampler").
/// </summary>
internal static class BenchSamplerCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Samples per timed repetition.", DefaultValueFactory = _ => 10_000_000 };
        var threads = new Option<int>("--threads") { Description = "Sampler threads (0 = all processors).", DefaultValueFactory = _ => 0 };
        var repetitions = new Option<int>("--repetitions") { Description = "Timed repetitions; the median is reported.", DefaultValueFactory = _ => 5 };
        var scipy = new Option<bool>("--scipy") { Description = "Also time scipy.stats.t.rvs on the same count (needs python3 with scipy)." };
        var command = new Command("sampler", "Student's t program-error sampler throughput (samples per second).\nExamples:\n  edge bench sampler\n  edge bench sampler > bench-sampler.json")
        {
            count, threads, repetitions, scipy,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            var t = parse.GetValue(threads);
            var reps = parse.GetValue(repetitions);
            if (n < 1 || t < 0 || reps < 1)
            {
                throw new EdgeException(ExitCode.Usage, "--count and --repetitions must be at least 1 and --threads at least 0.");
            }

            var result = SamplerBenchmark.Run(n, t, reps);
            var report = new Dictionary<string, object?>
            {
                ["benchmark"] = "sampler",
                ["count"] = result.Count,
                ["threads"] = result.Threads,
                ["levels"] = result.Levels,
                ["repetitions"] = result.Repetitions,
                ["samples_per_second"] = result.SamplesPerSecond,
                ["best_samples_per_second"] = result.BestSamplesPerSecond,
                ["table_build_seconds"] = result.TableBuildSeconds,
            };
            if (parse.GetValue(scipy))
            {
                var reference = ScipyReference.Measure(n, reps);
                report["scipy_samples_per_second"] = reference.SamplesPerSecond;
                report["ratio_vs_scipy"] = result.SamplesPerSecond / reference.SamplesPerSecond;
                report["scipy_version"] = reference.Version;
                report["scipy_python"] = reference.Python;
                report["scipy_problem"] = reference.Problem;
            }

            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(report, JsonFiles.Options));
            return 0;
        });
        return command;
    }
}
