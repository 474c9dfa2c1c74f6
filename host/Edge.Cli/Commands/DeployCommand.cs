// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Analog.Mapping;
using Edge.Analog.Plan;
using Edge.Host.Deploy;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using Edge.Host.Programming;
using Edge.Reports;
using Edge.Shared.Formats;
using Edge.Simulation.Analog;
using Edge.Simulation.Deploy;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge deploy</c>: plan a trained network with the simulator's converter and quantiser, program it onto a board
/// (journalled, resumable), read every cell back and evaluate the network the board really holds.
/// </summary>
internal static class DeployCommand
{
    public static Command Create()
    {
        var target = new BoardTarget();
        var weights = new Option<string>("--weights") { Description = "Trained weights (TorchSharp checkpoint, e.g. weights.dat from 'edge simulate transfer', or a PyTorch .pt/.safetensors).", Required = true };
        var model = new Option<string>("--model") { Description = "mlp, lenet5 or resnet34.", DefaultValueFactory = _ => "mlp" };
        var dataset = new Option<string>("--dataset") { Description = "Test data for the accuracies: mnist[:DIR] (full 60k/10k), mnist-10k, fashion-mnist or caltech101[:DIR].", DefaultValueFactory = _ => "mnist" };
        var calibration = new Option<string>("--calibration") { Description = "Calibration folder from 'edge calibrate' (tables, level tables, samples).", Required = true };
        var errorModel = new Option<string?>("--error-model") { Description = "Error model from 'edge fit' (default: fitted from the calibration's samples)." };
        var levels = new Option<int?>("--levels") { Description = "Calibrated level count to deploy with (default: the error model's, else the calibration's largest)." };
        var bits = new Option<int?>("--bits") { Description = "Bits per device: 2^bits of the calibrated levels (default: all of them)." };
        var range = new Option<string>("--range") { Description = "Weight scaling per layer: absmax, percentile or paper.", DefaultValueFactory = _ => "absmax" };
        var cells = new Option<string>("--cells") { Description = "offset (one device + reference) or differential (two devices).", DefaultValueFactory = _ => "offset" };
        var journal = new Option<string>("--journal") { Description = "Deployment journal (SQLite); --resume continues from it.", Required = true };
        var output = new Option<string>("--out") { Description = "Output folder (deploy.json, per-layer CSV, plots).", Required = true };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted deployment from --journal (also on the in-process virtual board, whose cells are saved beside the journal)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing --journal and --out instead of refusing." };
        var scheme = new Option<string>("--scheme") { Description = "ffp-seek (default: the board's seek loop with the array calibration), ffp (the board's level programs) or write-verify (host-driven baseline).", DefaultValueFactory = _ => ProgrammingSchemes.Default };
        var testLimit = new Option<int>("--test-limit") { Description = "Evaluate on the first N test images (0 = all).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated prediction.", DefaultValueFactory = _ => 1 };
        var command = new Command("deploy", "Program a trained network onto a board, read it back and evaluate what the board really holds.\n"
            + "Examples:\n  edge deploy --weights sim/weights.dat --calibration cal --error-model err.json --bits 3 --journal dep.sqlite --out dep\n"
            + "  edge deploy ... (the same options) --resume     continue after Ctrl+C or a lost link");
        target.AddTo(command);
        foreach (var o in new Option[] { weights, model, dataset, calibration, errorModel, levels, bits, range, cells, journal, output, resume, force, scheme, testLimit, seed })
        {
            command.Options.Add(o);
        }

        command.SetAction((parse, cancel) =>
        {
            var log = parse.InvocationConfiguration.Output;
            if (parse.GetValue(bits) is int b && b < 1)
            {
                throw new EdgeException(ExitCode.Usage, $"--bits {b}: expected at least 1 (bits per device).");
            }

            if (parse.GetValue(levels) is int n && n < 2)
            {
                throw new EdgeException(ExitCode.Usage, $"--levels {n}: expected at least 2 (a calibrated level count, e.g. 32).");
            }

            if (parse.GetValue(testLimit) < 0)
            {
                throw new EdgeException(ExitCode.Usage, $"--test-limit {parse.GetValue(testLimit)}: expected 0 (all) or more.");
            }

            string schemeName = parse.GetValue(scheme)!.Trim().ToLowerInvariant();
            if (!ProgrammingSchemes.Names.Contains(schemeName))
            {
                throw new EdgeException(ExitCode.Usage, $"--scheme '{schemeName}': expected {string.Join(" or ", ProgrammingSchemes.Names)}.");
            }

            // Every location is checked before the network is planned or a pulse is applied.
            var files = new DeployFiles(parse.GetValue(journal)!, parse.GetValue(output)!, parse.GetValue(resume), parse.GetValue(force));
            var request = new DeployRequest
            {
                CalibrationDirectory = parse.GetValue(calibration)!,
                ErrorModelPath = parse.GetValue(errorModel),
                Levels = parse.GetValue(levels),
                Bits = parse.GetValue(bits),
                Scheme = schemeName,
                JournalPath = files.Journal,
                OutputDirectory = files.Output,
                Resume = parse.GetValue(resume),
                Seed = parse.GetValue(seed),
                VirtualBoard = target.IsVirtual(parse),
                VirtualBoardSaved = target.IsVirtual(parse),
            };
            RunProvenance.Current.AddNamedInput("model", parse.GetValue(model)!);
            return Task.FromResult(files.Guard(() =>
            {
                var report = DeployWorkflow.Run(
                    request,
                    (calibrated, bitCount) => NetworkDeployment.Prepare(parse.GetValue(model)!, parse.GetValue(dataset)!, parse.GetValue(weights)!, calibrated, bitCount, Config(parse.GetValue(range)!, parse.GetValue(cells)!), request.Seed, parse.GetValue(testLimit), null),
                    minimumCells => target.Connect(parse, log, minimumCells: minimumCells, prepareVirtual: files.Attach),
                    log,
                    cancel);
                return report.CellsFailed == 0 ? 0 : (int)ExitCode.DeviceLimit;
            }));
        });
        return command;
    }

    private static CrossbarConfig Config(string range, string cells) => CrossbarConfig.Default with
    {
        Range = OptionValue.Parse("--range", range, WeightScale.Parse),
        Cells = OptionValue.Parse("--cells", cells, ConductanceConverter.ParseScheme),
    };
}
