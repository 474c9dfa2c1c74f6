// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Reports;
using Edge.Simulation.Bench;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge bench inference [--batch N] [--repetitions R] [--breakdown]</c>: digital vs analog (crossbar) inference throughput of
/// MLP and LeNet-5 as JSON (docs/performance.md, "Inference").
/// </summary>
internal static class BenchInferenceCommand
{
    public static Command Create()
    {
        var batch = new Option<int>("--batch") { Description = "Images per forward pass.", DefaultValueFactory = _ => 500 };
        var repetitions = new Option<int>("--repetitions") { Description = "Timed forward passes; the median is reported.", DefaultValueFactory = _ => 20 };
        var breakdown = new Option<bool>("--breakdown") { Description = "Then time the analog passes layer by layer (DAC, products, ADC; medians) into 'layers'." };
        var command = new Command("inference", "Digital vs analog crossbar inference throughput (images per second).\nExamples:\n  edge bench inference\n  edge bench inference --batch 64 > bench-inference.json\n  edge bench inference --breakdown --repetitions 200") { batch, repetitions, breakdown };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(batch);
            var reps = parse.GetValue(repetitions);
            if (n < 1 || reps < 1)
            {
                throw new EdgeException(ExitCode.Usage, "--batch and --repetitions must be at least 1.");
            }

            var models = InferenceBenchmark.Run(n, reps, parse.GetValue(breakdown));
            var report = new Dictionary<string, object?>
            {
                ["benchmark"] = "inference",
                ["threads"] = TorchSharp.torch.get_num_threads(),
                ["models"] = models,
            };
            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(report, JsonFiles.Options));
            return 0;
        });
        return command;
    }
}
