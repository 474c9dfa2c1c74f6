// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Plan;
using Edge.Host.Bench;
using Edge.Host.Virtual;
using Edge.Simulation.Deploy;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge bench twin</c>: does the simulator predict the array? Simulated accuracy (trial mean and spread) beside the
/// accuracy read back from a deployment to the virtual array, per network and bit count (docs/simulation.md, "Twin").
/// </summary>
internal static class BenchTwinCommand
{
    public static Command Create()
    {
        var cases = new Option<string>("--cases") { Description = "Cases MODEL:DATASET:BITS separated by spaces or ';'.", DefaultValueFactory = _ => TwinSettings.DefaultCases };
        var trials = new Option<int>("--trials") { Description = "Simulated programmings per bit count.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of training, programming, read noise and the virtual board.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int?>("--epochs") { Description = "Training epochs (default per model: mlp 15, lenet5 4)." };
        var trainLimit = new Option<int>("--train-limit") { Description = "Train on the first N training images (0 = all).", DefaultValueFactory = _ => 0 };
        var testLimit = new Option<int>("--test-limit") { Description = "Evaluate simulation and read-back on the first N test images (0 = all).", DefaultValueFactory = _ => 0 };
        var calibration = new Option<string?>("--calibration") { Description = "An 'edge calibrate' folder of the paper device (default: the cached calibration of the default virtual device)." };
        var levels = new Option<int>("--levels") { Description = "Calibrated level count of the error model.", DefaultValueFactory = _ => 512 };
        var weights = new Option<string?>("--weights") { Description = "Trained weights instead of training (only with a single case)." };
        var noSingle = new Option<bool>("--no-single-cell") { Description = "Skip the prediction of the model fitted from the calibrated cell's own samples." };
        var output = new Option<string>("--out") { Description = "Output folder: twin.json, twin.csv and each simulation and deployment.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the results already in --out instead of refusing." };
        var command = new Command("twin", "Simulated accuracy beside the accuracy read back from a deployment to the virtual array.\n"
            + "Examples:\n  edge bench twin --out twin\n  edge bench twin --cases mlp:mnist:3 --train-limit 6000 --test-limit 1000 --out twin-quick")
        {
            cases, trials, seed, epochs, trainLimit, testLimit, calibration, levels, weights, noSingle, output, force,
        };
        command.SetAction((parse, cancel) =>
        {
            var log = parse.InvocationConfiguration.Output;
            if (parse.GetValue(trials) < 1 || parse.GetValue(trainLimit) < 0 || parse.GetValue(testLimit) < 0 || parse.GetValue(epochs) is < 0)
            {
                throw new EdgeException(ExitCode.Usage, "--trials must be at least 1; --epochs, --train-limit and --test-limit at least 0.");
            }

            var template = new SimulationCase
            {
                Model = string.Empty,
                Dataset = string.Empty,
                Bits = [],
                Trials = parse.GetValue(trials),
                Seed = parse.GetValue(seed),
                Epochs = parse.GetValue(epochs),
                TrainLimit = parse.GetValue(trainLimit),
                TestLimit = parse.GetValue(testLimit),
            };
            var settings = new TwinSettings
            {
                Cases = TwinSettings.ParseCases(parse.GetValue(cases)!, template),
                OutputDirectory = OutputPath.Folder("--out", parse.GetValue(output)!, result: "twin.json", force: parse.GetValue(force)),
                CalibrationDirectory = parse.GetValue(calibration),
                Levels = parse.GetValue(levels),
                SingleCell = !parse.GetValue(noSingle),
                WeightsPath = parse.GetValue(weights),
            };
            if (settings.WeightsPath is not null && settings.Cases.Count != 1)
            {
                throw new EdgeException(ExitCode.Usage, $"--weights holds one network: give exactly one case with --cases (got {settings.Cases.Count}).");
            }

            var report = TwinBenchmark.Run(settings, new NetworkSimulator(), VirtualBoards.Paper, log, cancel);
            foreach (string line in report.Table())
            {
                log.WriteLine(line);
            }

            string subset = template.TrainLimit > 0 || template.TestLimit > 0
                ? $"a subset: trained on the first {(template.TrainLimit > 0 ? template.TrainLimit.ToString(CultureInfo.InvariantCulture) : "all")} training images, evaluated on the first {(template.TestLimit > 0 ? template.TestLimit.ToString(CultureInfo.InvariantCulture) : "all")} test images"
                : "full training and test sets";
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{subset}; error model {report.ErrorModel} ({report.ErrorModelSamples}); {report.Scheme} deployments; {report.SecondsWall:F0} s; wrote {Path.Combine(settings.OutputDirectory, "twin.json")}"));
            return Task.FromResult(0);
        });
        return command;
    }
}
