// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Analog.Mapping;
using Edge.Analog.Plan;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using Edge.Host.Link;
using Edge.Host.Programming;
using Edge.Shared.Formats;

namespace Edge.Host.Deploy;

/// <summary>
/// The deploy use case: choose the error model and level table, plan the network (through
/// <see cref="INetworkDeployment"/>), bind a journal to plan + board + tables + scheme, program every device in tiles,
/// read back and evaluate, then write the report.
/// </summary>
public static class DeployWorkflow
{
    /// <summary>The most cells one tile may use (the protocol addresses cells with 16 bits).</summary>
    public const int MaxBoardCells = 65535;

    /// <summary>Runs a deployment; returns its report (failed cells are counted there, not thrown).</summary>
    /// <param name="request">What to deploy and where.</param>
    /// <param name="prepare">Loads and plans the network for the calibrated error model and a bit depth.</param>
    /// <param name="connect">Opens the board, asking for at least the given number of cells.</param>
    /// <param name="log">Where progress lines go.</param>
    /// <param name="cancel">Stops programming between batches (Ctrl+C); finished batches stay in the journal.</param>
    public static DeployReport Run(DeployRequest request, Func<ProgramErrorModel, int, INetworkDeployment> prepare, Func<int, BoardClient> connect, TextWriter log, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(connect);
        ArgumentNullException.ThrowIfNull(log);
        var wall = Stopwatch.StartNew();
        string calibrationDir = request.CalibrationDirectory;
        string setPath = Path.Combine(calibrationDir, "table-set.bin");
        var tableSet = TableFiles.ReadTableSet(setPath);
        var calibrated = LoadErrorModel(request.ErrorModelPath, request.Levels, calibrationDir);
        RunProvenance.Current.AddInput("calibration", Path.Combine(calibrationDir, CalibrationFolder.SummaryFileName));
        RunProvenance.Current.AddNamedInput("calibration_id", calibrated.CalibrationId);
        int bitCount = request.Bits ?? BitDepth.MaximumBits(calibrated.Levels);
        var levelTable = LevelTableFor(calibrated, request.ErrorModelPath, calibrationDir);
        using var network = prepare(calibrated, bitCount);
        var plan = network.Plan(levelTable);
        log.WriteLine($"{network.Model}: {plan.Devices.Count} devices at {bitCount} bits ({network.SelectedLevels.Levels} of {calibrated.Levels} calibrated levels), {network.CellScheme.ToString().ToLowerInvariant()} cells");

        int arrayCells = ProgrammingSchemes.RequiredCells(request.Scheme, tableSet, setPath, plan.Devices.Count);
        using var board = connect(arrayCells > 0 ? arrayCells : Math.Min(plan.Devices.Count, MaxBoardCells));
        uint generation = board.EnsureTables(tableSet);
        int cellsPerTile = Math.Min(board.Hello.CellCount, plan.Devices.Count);
        var identity = new Dictionary<string, string>
        {
            ["plan_hash"] = plan.Hash,
            ["board"] = !request.VirtualBoard ? $"0x{board.Hello.BoardId:X8}" : request.VirtualBoardSaved ? $"{DeployJournal.SavedVirtualBoard} 0x{board.Hello.BoardId:X8}" : DeployJournal.InProcessBoard,
            ["table_crc"] = $"{board.TableInfo().Crc:X8}",
            ["calibration_id"] = calibrated.CalibrationId,
            ["scheme"] = request.Scheme,
            ["cells_per_tile"] = cellsPerTile.ToString(CultureInfo.InvariantCulture),
        };
        using var store = DeployJournal.Open(request.JournalPath);
        bool resumed = store.OpenFor(plan, identity, cellsPerTile, request.Resume);

        var programmer = ProgrammingSchemes.Create(request.Scheme, board, LevelLadder.FromLevels(levelTable));
        var runner = new DeployRunner(board, store, programmer, new DeploySettings { StartStateOhms = DeploySettings.StartState(levelTable), ResetBeforeProgramming = ProgrammingSchemes.ResetsBeforeProgramming(request.Scheme) });
        runner.Run(plan.Devices.Count, cancel);

        var results = store.Results();
        double digital = network.DigitalAccuracy();
        double simulated = network.SimulatedAccuracy(3, (ulong)request.Seed);
        double readback = network.ReadbackAccuracy(plan, results.Select(r => r.ReadbackOhms).ToList(), levelTable);
        var report = DeployReport.Write(request.OutputDirectory, plan, results, network.SelectedLevels, levelTable, request.Scheme, runner.DeviceSeconds, wall.Elapsed.TotalSeconds, digital, simulated, readback, resumed, generation, PredictedLevelError.Rms(network.SelectedLevels, plan), network.TestSamples);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"programmed {report.Cells} cells ({report.CellsFailed} failed), {report.PulsesPerCellMean:F1} pulses/cell (p99 {report.PulsesPerCellP99}), level error rms {report.LevelErrorRms:F3} levels{(report.LevelErrorAbovePrediction ? $", ABOVE the error model's prediction of {report.PredictedLevelErrorRms:F3}" : $" (error model predicted {report.PredictedLevelErrorRms:F3})")}"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy: digital {digital:P2}, simulated {simulated:P2}, read back from the board {readback:P2} ({network.TestSamples} test images)"));
        log.WriteLine(DeployTimeText.Summary(report.DeviceSeconds, report.SecondsWall, request.OutputDirectory));
        return report;
    }

    /// <summary>The calibration's level table for the model's level count; a model that does not match it is refused naming both.</summary>
    private static CalibrationLevels LevelTableFor(ProgramErrorModel model, string? modelPath, string calibrationDir)
    {
        string name = modelPath ?? $"the error model of {calibrationDir}";
        if (!File.Exists(CalibrationLevels.PathOf(calibrationDir, model.Levels, Direction.Potentiation)))
        {
            var held = Directory.Exists(calibrationDir)
                ? Directory.GetFiles(calibrationDir, "levels-*-potentiation.csv").Select(f => Path.GetFileName(f).Split('-')[1]).Order().ToList()
                : [];
            throw new EdgeException(ExitCode.BadInput, $"{name}: the error model has {model.Levels} levels but the calibration {calibrationDir} has level tables for {(held.Count == 0 ? "none" : string.Join(", ", held))} levels; fit the model from this calibration ('edge fit --calibration {calibrationDir} --levels N').");
        }

        var table = CalibrationLevels.Load(calibrationDir, model.Levels, Direction.Potentiation);
        ErrorModelCalibrationMatch.Require(model, name, table, calibrationDir);
        return table;
    }

    /// <summary>
    /// The error model to deploy with: the given file, else the calibration's fitted model for the level count (fitted
    /// once from its samples when missing).
    /// </summary>
    public static ProgramErrorModel LoadErrorModel(string? path, int? levels, string calibrationDir)
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
            : ErrorModelFitRun.Run(calibrationDir, count, DirectionNames.Potentiation, fitted, new ErrorModelFitOptions(), 1).Model;
    }
}
