// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Link;
using Edge.Host.Records;
using Edge.Reports;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// The whole calibration: sweeps -> endurance -> |dR| maps -> FFP tables uploaded ->
/// FFP cycles on the board -> segmentation and level programs uploaded -> repeated level programming -> metrics.
/// The board pulses; the host plans and analyses. Every finished condition is a checkpoint in DIR/calibration.sqlite,
/// so <c>--resume</c> continues without repeating it.
/// </summary>
public sealed class CalibrationRunner(BoardClient board, CalibrationSettings settings, string outDir, string deviceFingerprint, TextWriter log)
{
    /// <summary>The run database's file name inside the output folder.</summary>
    public const string DatabaseFile = "calibration.sqlite";

    /// <summary>Called with the key of every checkpoint just saved (progress observers; tests interrupt a run with it).</summary>
    public Action<string>? CheckpointSaved { get; init; }

    /// <summary>Runs (or resumes) the calibration and writes every output into the folder.</summary>
    public CalibrationSummary Run(bool resume, CancellationToken cancel = default)
    {
        var wall = Stopwatch.StartNew();
        Directory.CreateDirectory(outDir);
        using var database = RunDatabase.Open(Path.Combine(outDir, DatabaseFile));
        string boardId = $"0x{board.Hello.BoardId:X8}";
        string runId = OpenRun(database, resume, boardId);
        var context = new CalibrationContext(board, settings, database, runId, outDir, cancel) { CheckpointSaved = CheckpointSaved };
        // The FFP phases' time depends on the device window, known after the sweeps: plan the sweeps first.
        context.Plan(2 * SweepPhase.PlannedDeviceSeconds(settings));
        try
        {
            var sweeps = SweepPhase.Run(context);
            var endurance = PearsonEndurance.Analyse(sweeps);
            var grid = ResistanceGrid.FromTraces(sweeps);
            double windowOhms = grid.HighOhms - grid.LowOhms;
            double runSeconds = FfpCyclePhase.PlannedRunSeconds(settings, windowOhms);
            context.Plan(SweepPhase.PlannedDeviceSeconds(settings) + RefinementPhase.PlannedDeviceSeconds(settings, windowOhms)
                + FfpCyclePhase.PlannedDeviceSeconds(settings, windowOhms) + (2 * settings.Levels.Sum(n => LevelPhase.PlannedDeviceSeconds(settings, n, runSeconds)))
                + SeekPhase.PlannedDeviceSeconds(settings) + ArrayPhase.PlannedDeviceSeconds(settings, ArrayPhase.CellCount(context))
                + (2 * settings.Levels.Sum(n => ArraySamplePhase.PlannedDeviceSeconds(settings, n))));
            var maps = new[] { Direction.Potentiation, Direction.Depression }.Select(d => DeltaRMaps.Build(sweeps, d, grid)).ToArray();
            var options = new FfpTableOptions
            {
                WindowLowOhms = settings.WindowLowOhms,
                WindowHighOhms = settings.WindowHighOhms,
                PulseWidthMicroseconds = (uint)Math.Round(settings.EffectiveFfpWidthMs * 1000),
            };

            foreach (var map in maps)
            {
                DeltaRCoverage.Check(map, options);
            }

            var tableWriter = new TableUploader(context);
            FfpTable Ffp(FfpTableResult[] t) => new() { DeviceId = board.Hello.BoardId, CalibrationId = context.CalibrationId, Potentiation = t[0].Table, Depression = t[1].Table };
            var refinement = RefinementPhase.Run(context, sweeps, grid, options, t => tableWriter.Upload(Ffp(t), []));
            var tables = refinement.Tables;
            var ffp = Ffp(tables);
            if (!context.IsCheckpointed("ffp-cycle/0"))
            {
                tableWriter.Upload(ffp, []);
            }

            var cycles = FfpCyclePhase.RunCycles(context, windowOhms);
            var arrayCells = ArraySeekCalibration.MeasureArray(context, refinement.Models);
            var common = ArraySeekCalibration.CommonWindow(arrayCells);
            var segmentations = new List<SegmentationResult>();
            foreach (int n in settings.Levels)
            {
                segmentations.Add(Segmentation.Segment(cycles[0].Potentiation, n, options.PulseWidthMicroseconds, board.Hello.BoardId, context.CalibrationId, common));
                segmentations.Add(Segmentation.Segment(cycles[0].Depression, n, options.PulseWidthMicroseconds, board.Hello.BoardId, context.CalibrationId, common));
            }

            uint generation = tableWriter.Upload(ffp, segmentations.Select(s => s.Program).ToList());
            var programming = segmentations.Select(s => (Segmentation: s, Results: LevelPhase.Run(context, s, runSeconds))).ToList();
            var array = ArraySeekCalibration.BuildSeek(context, refinement.Models, arrayCells);
            generation = tableWriter.Upload(ffp, segmentations.Select(s => s.Program).ToList(), array.Seek, array.Corrections);
            var arraySamples = ArraySamples(context, segmentations);
            context.Done();

            var summary = CalibrationOutputs.Write(new CalibrationOutputs.Inputs(
                context, sweeps, endurance, grid, maps, tables, refinement, ffp, cycles, segmentations, programming, generation, boardId, deviceFingerprint, resume, wall.Elapsed.TotalSeconds, array, arraySamples));
            database.FinishRun(runId, "completed", summary);
            return summary;
        }
        catch (OperationCanceledException)
        {
            context.Done();
            database.LogEvent(runId, "interrupted", "cancelled between conditions");
            throw new EdgeException(ExitCode.Interrupted, $"calibration interrupted; {database.CheckpointCount(runId)} finished conditions are kept in {database.Path}. Continue with the same options and --resume.");
        }
        catch (EdgeException ex) when (ex.ExitCode is ExitCode.LinkFailed or ExitCode.Interrupted)
        {
            context.Done();
            database.LogEvent(runId, "link", ex.Message);
            throw new EdgeException(ex.ExitCode, $"{ex.Message} {database.CheckpointCount(runId)} finished conditions are kept in {database.Path}; continue with --resume.", ex);
        }
    }

    /// <summary>The error model's samples from the array with the seek scheme (null when switched off), and their device time.</summary>
    private static CalibrationOutputs.ArraySamples? ArraySamples(CalibrationContext context, List<SegmentationResult> segmentations)
    {
        if (context.Settings.ArraySamplesPerLevel == 0)
        {
            return null;
        }

        int cells = ArrayPhase.CellCount(context);
        double before = context.DeviceSeconds;
        var programming = segmentations.Select(s => (Segmentation: s, Results: ArraySamplePhase.Run(context, s, cells))).ToList();
        return new CalibrationOutputs.ArraySamples(programming, cells, context.DeviceSeconds - before);
    }

    private string OpenRun(RunDatabase database, bool resume, string boardId)
    {
        var identity = new RunIdentity(boardId, deviceFingerprint);
        var latest = database.LatestRun("calibrate");
        if (resume && latest is { } previous)
        {
            if (database.TryLoadCheckpoint<RunIdentity>(previous.Id, "identity", out var saved) && saved != identity)
            {
                throw new EdgeException(ExitCode.Mismatch, $"{Path.Combine(outDir, DatabaseFile)}: this calibration belongs to board {saved.BoardId}, device {saved.DeviceFingerprint}; the connected board is {boardId}, device {deviceFingerprint}. Use another --out, or connect the same board and device. Nothing was changed.");
            }

            var savedSettings = JsonSerializer.Deserialize<CalibrationSettings>(previous.SettingsJson, JsonFiles.Options);
            if (savedSettings is not null && JsonSerializer.Serialize(savedSettings, JsonFiles.Options) != JsonSerializer.Serialize(settings, JsonFiles.Options))
            {
                throw new EdgeException(ExitCode.Mismatch, $"{Path.Combine(outDir, DatabaseFile)}: --resume with other settings than the interrupted run (seed, voltages, levels...). Resume with the same options, or use another --out.");
            }

            database.LogEvent(previous.Id, "resume", $"resumed with {database.CheckpointCount(previous.Id)} checkpoints");
            log.WriteLine($"Resuming calibration {previous.Id} ({database.CheckpointCount(previous.Id)} finished conditions kept).");
            Edge.Analog.Formats.RunProvenance.Current.Continue(previous.Id);
            return previous.Id;
        }

        if (!resume && latest is { } existing && database.CheckpointCount(existing.Id) > 1)
        {
            throw new EdgeException(ExitCode.Usage, $"{outDir} already holds a calibration ({database.CheckpointCount(existing.Id)} finished conditions). Continue it with --resume, or choose another --out; nothing was overwritten.");
        }

        if (resume)
        {
            log.WriteLine($"--resume: no earlier calibration in {outDir}; starting a new one.");
        }

        string runId = database.StartRun("calibrate", settings, settings.Seed);
        database.SaveCheckpoint(runId, "identity", identity);
        return runId;
    }

    private sealed record RunIdentity(string BoardId, string DeviceFingerprint);
}
