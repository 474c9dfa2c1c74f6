// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Host.Deploy;
using Edge.Simulation.Reports;
using Edge.Simulation.Transfer;

namespace Edge.Cli.Commands.Simulate;

/// <summary>
/// <c>edge simulate transfer</c>: train (or load) a network, then program it at every bit count and trial and report
/// accuracy vs bits (paper Fig. 6d): results.json, results.csv, accuracy-vs-bits.png/.svg.
/// </summary>
internal static class SimulateTransferCommand
{
    public static Command Create()
    {
        var options = new SimulationOptions("1-9");
        var weights = new Option<string?>("--weights") { Description = "Trained weights (TorchSharp checkpoint, PyTorch state_dict .pt or .safetensors) instead of training." };
        var trials = new Option<int>("--trials") { Description = "Programmed models per bit count.", DefaultValueFactory = _ => 5 };
        var deployment = new Option<string?>("--deployment") { HelpName = "DIR", Description = "An 'edge deploy --out' folder of these --weights: its read-back accuracy is shown beside the prediction at its bit count." };
        var command = new Command("transfer", "Weight transfer: accuracy of the trained network programmed at each bit count.\n"
            + "Examples:\n  edge simulate transfer --model mlp --dataset mnist --error-model err.json --bits 1-9 --out sim\n  edge simulate transfer --model lenet5 --dataset fashion-mnist --weights lenet.pt --out sim-lenet");
        options.AddTo(command);
        command.Options.Add(weights);
        command.Options.Add(trials);
        command.Options.Add(deployment);
        command.SetAction((parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = options.OutputFolder(parse);
            var settings = options.Read(parse, parse.GetValue(trials)) with
            {
                WeightsPath = parse.GetValue(weights),
                SaveWeightsPath = parse.GetValue(weights) is null ? Path.Combine(folder, "weights.dat") : null,
            };
            var deployed = parse.GetValue(deployment) is string dir
                ? (Folder: dir, Report: DeployReport.Load(dir, settings.WeightsPath ?? throw new EdgeException(ExitCode.Usage, "--deployment compares with a deployment of given weights: pass the deployed --weights too.")))
                : default;
            int deployedBits = deployed.Report is null ? 0 : TransferReadback.RequireBits(settings.Bits, deployed.Folder, deployed.Report.Levels);
            var result = CommandProgress.Run(output, cancel, progress => WeightTransfer.Run(settings, progress));
            if (deployed.Report is { } board)
            {
                result = result with { Readback = TransferReadback.Compare(result, deployed.Folder, deployedBits, board.ReadbackAccuracy, board.TestSamples) };
            }

            var files = TransferReport.Write(result, folder);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Model} on {result.Dataset}: digital {result.DigitalAccuracy:P2} on {result.TestSamples} test images "
                + $"({result.ErrorModelSource} error model, {result.Cells} cells, {result.Range} range)"));
            foreach (var point in result.Points)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {point.Bits} bits ({point.Levels} levels): {point.AccuracyMean:P2} +- {point.AccuracyStd:P2} over {point.Trials} trials"));
            }

            if (result.Readback is { } r)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"prediction vs read-back at {r.Bits} bits: simulated {r.SimulatedAccuracyMean:P2} +- {r.SimulatedAccuracyStd:P2}, read back {r.ReadbackAccuracy:P2} from {r.Deployment} ({r.Difference * 100:+0.00;-0.00} points){(r.SameTestImages ? string.Empty : $"; the deployment evaluated {r.ReadbackTestSamples} test images, this simulation {result.TestSamples}")}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.SecondsWall:F1} s; wrote {string.Join(", ", files)}"));
            return Task.FromResult(0);
        });
        return command;
    }
}
