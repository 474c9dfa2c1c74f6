// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Host.Crossbar;
using Edge.Host.Deploy;
using Edge.Host.Errors;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using Edge.Host.Reports;
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
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted deployment from --journal." };
        var scheme = new Option<string>("--scheme") { Description = "ffp-seek (default: the board's seek loop with the array calibration), ffp (the board's level programs) or write-verify (host-driven baseline).", DefaultValueFactory = _ => DeployScheme.Default };
        var testLimit = new Option<int>("--test-limit") { Description = "Evaluate on the first N test images (0 = all).", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated prediction.", DefaultValueFactory = _ => 1 };
        var command = new Command("deploy", "Program a trained network onto a board, read it back and evaluate what the board really holds.");
        target.AddTo(command);
        foreach (var o in new Option[] { weights, model, dataset, calibration, errorModel, levels, bits, range, cells, journal, output, resume, scheme, testLimit, seed })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var log = parse.InvocationConfiguration.Output;
            var wall = System.Diagnostics.Stopwatch.StartNew();
            string calibrationDir = parse.GetValue(calibration)!;
            string schemeName = parse.GetValue(scheme)!.Trim().ToLowerInvariant();
            string setPath = Path.Combine(calibrationDir, "table-set.bin");
            var tableSet = TableFiles.ReadTableSet(setPath);

            var calibrated = LoadErrorModel(parse.GetValue(errorModel), parse.GetValue(levels), calibrationDir);
            int bitCount = parse.GetValue(bits) ?? BitDepth.MaximumBits(calibrated.Levels);
            var levelTable = CalibrationLevels.Load(calibrationDir, calibrated.Levels, Direction.Potentiation);
            var config = CrossbarConfig.Default with
            {
                Range = WeightScale.Parse(parse.GetValue(range)!),
                Cells = ConductanceConverter.ParseScheme(parse.GetValue(cells)!),
            };
            using var network = NetworkDeployment.Prepare(parse.GetValue(model)!, parse.GetValue(dataset)!, parse.GetValue(weights)!, calibrated, bitCount, config, parse.GetValue(seed), parse.GetValue(testLimit), null);
            var plan = network.Plan(levelTable);
            log.WriteLine($"{network.Model}: {plan.Devices.Count} devices at {bitCount} bits ({network.SelectedLevels.Levels} of {calibrated.Levels} calibrated levels), {config.Cells.ToString().ToLowerInvariant()} cells");

            int arrayCells = DeployScheme.RequiredCells(schemeName, tableSet, setPath, plan.Devices.Count);
            int boardCells = arrayCells > 0 ? arrayCells : Math.Min(plan.Devices.Count, 65535);
            using var board = target.Connect(parse, log, minimumCells: boardCells);
            uint generation = board.EnsureTables(tableSet);
            int cellsPerTile = Math.Min(board.Hello.CellCount, plan.Devices.Count);
            string boardIdentity = target.IsVirtual(parse) ? DeployJournal.InProcessBoard : $"0x{board.Hello.BoardId:X8}";
            var identity = new Dictionary<string, string>
            {
                ["plan_hash"] = plan.Hash,
                ["board"] = boardIdentity,
                ["table_crc"] = $"{board.TableInfo().Crc:X8}",
                ["calibration_id"] = calibrated.CalibrationId,
                ["scheme"] = schemeName,
                ["cells_per_tile"] = cellsPerTile.ToString(CultureInfo.InvariantCulture),
            };
            using var store = DeployJournal.Open(parse.GetValue(journal)!);
            bool resumed = store.OpenFor(plan, identity, cellsPerTile, parse.GetValue(resume));

            IBatchProgrammer programmer = schemeName == "write-verify"
                ? WriteVerifyBatch.Create(board, WriteVerifyBatch.Ladder(levelTable))
                : new FfpBatchProgrammer(board, plan.ProgramLevelCount, seek: schemeName == DeployScheme.Default);
            var runner = new DeployRunner(board, store, programmer, new DeploySettings { StartStateOhms = DeploySettings.StartState(levelTable), ResetBeforeProgramming = schemeName != DeployScheme.Default });
            runner.Run(plan.Devices.Count);

            var results = store.Results();
            double digital = network.DigitalAccuracy();
            double simulated = network.SimulatedAccuracy(3, (ulong)parse.GetValue(seed));
            double readback = network.ReadbackAccuracy(plan, results.Select(r => r.ReadbackOhms).ToList(), levelTable);
            var report = DeployReport.Write(parse.GetValue(output)!, plan, results, network.SelectedLevels, levelTable, schemeName, runner.DeviceSeconds, wall.Elapsed.TotalSeconds, digital, simulated, readback, resumed, generation, PredictedLevelError.Rms(network.SelectedLevels, plan));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"programmed {report.Cells} cells ({report.CellsFailed} failed), {report.PulsesPerCellMean:F1} pulses/cell (p99 {report.PulsesPerCellP99}), level error rms {report.LevelErrorRms:F3} levels{(report.LevelErrorAbovePrediction ? $", ABOVE the error model's prediction of {report.PredictedLevelErrorRms:F3}" : $" (error model predicted {report.PredictedLevelErrorRms:F3})")}"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: digital {digital:P2}, simulated {simulated:P2}, read back from the board {readback:P2} ({network.TestSamples} test images)"));
            log.WriteLine(DeployTimeText.Summary(report.DeviceSeconds, report.SecondsWall, parse.GetValue(output)!));
            return report.CellsFailed == 0 ? 0 : (int)ExitCode.DeviceLimit;
        });
        return command;
    }

    private static ProgramErrorModel LoadErrorModel(string? path, int? levels, string calibrationDir)
    {
        if (path is not null)
        {
            var model = ProgramErrorModel.Load(path);
            if (levels is int n && n != model.Levels)
            {
                throw new EdgeException(ExitCode.BadInput, $"{path}: the error model has {model.Levels} levels, --levels asks for {n}.");
            }

            return model;
        }

        int count = levels ?? Directory.GetFiles(calibrationDir, "levels-*-potentiation.csv")
            .Select(f => int.TryParse(Path.GetFileName(f).Split('-')[1], out int v) ? v : 0).DefaultIfEmpty(0).Max();
        if (count < 2)
        {
            throw new EdgeException(ExitCode.BadInput, $"{calibrationDir}: no level tables (levels-N-potentiation.csv); is this an 'edge calibrate' output folder?");
        }

        string fitted = Path.Combine(calibrationDir, $"error-model-{count}.json");
        return File.Exists(fitted)
            ? ProgramErrorModel.Load(fitted)
            : ErrorModelFitRun.Run(calibrationDir, count, "potentiation", fitted, new ErrorModelFitOptions(), 1).Model;
    }
}
