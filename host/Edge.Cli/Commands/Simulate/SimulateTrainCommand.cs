// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Simulation.Reports;
using Edge.Simulation.Transfer;

namespace Edge.Cli.Commands.Simulate;

/// <summary>
/// <c>edge simulate train</c>: in-memory training through the analog layers, one accuracy-per-epoch curve per bit
/// count plus the digital curve (paper Fig. 6e/f): results.json, results.csv, accuracy-vs-epoch.png/.svg.
/// </summary>
internal static class SimulateTrainCommand
{
    public static Command Create()
    {
        var options = new SimulationOptions("4,9");
        var command = new Command("train", "In-memory training: every update reprograms the devices (quantised steps + program error).\n"
            + "Examples:\n  edge simulate train --model mlp --dataset mnist-10k --error-model err.json --bits 4,9 --out train\n  edge simulate train --model lenet5 --dataset fashion-mnist --epochs 2 --out train-lenet");
        options.AddTo(command);
        command.SetAction((parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = options.OutputFolder(parse);
            var settings = options.Read(parse, trials: 1);
            var result = CommandProgress.Run(output, cancel, progress => InMemoryTraining.Run(settings, progress));
            var files = TrainingReport.Write(result, folder);
            foreach (var curve in new[] { result.Digital }.Concat(result.Curves))
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{curve.Name}: final {curve.Accuracy[^1]:P2} (epochs: {string.Join(" ", curve.Accuracy.Select(a => a.ToString("P1", CultureInfo.InvariantCulture)))})"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.SecondsWall:F1} s; wrote {string.Join(", ", files)}"));
            return Task.FromResult(0);
        });
        return command;
    }
}
