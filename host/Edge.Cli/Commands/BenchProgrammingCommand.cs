// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Edge.Host.Calibration.Run;
using Edge.Host.Errors;
using Edge.Host.Formats;
using Edge.Host.Programming;
using Edge.Host.Reports;
using Edge.Shared.Formats;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge bench programming [--count N] [--levels 32,128,512] [--calibration DIR] [--seed S] [--json]</c>: FFP versus
/// write-verify on the same virtual device and the same random target levels (docs/programming.md,
/// docs/performance.md "Programming: FFP vs write-verify"). <c>--tune</c> runs the write-verify grid search instead.
/// </summary>
internal static class BenchProgrammingCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Cells programmed per scheme and level count.", DefaultValueFactory = _ => 256 };
        var levels = new Option<string>("--levels") { Description = "Level counts to compare, comma separated (each needs levels-N-<direction>.bin in the calibration).", DefaultValueFactory = _ => "32,128,512" };
        var calibration = new Option<string?>("--calibration") { Description = "An 'edge calibrate' output folder (default: a cached calibration of the default virtual device, made on first use)." };
        var seed = new Option<long>("--seed") { Description = "Seed of the target levels and the virtual boards' read noise.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON instead of a table." };
        var device = new Option<string?>("--device") { Description = "Device file of the virtual board (default: the paper TiO2-x preset; use the device the calibration was made on)." };
        var direction = new Option<string>("--direction") { Description = "potentiation (from HRS) or depression (from LRS).", DefaultValueFactory = _ => "potentiation" };
        var tune = new Option<bool>("--tune") { Description = "Grid-search the write-verify settings on the finest level count (tuning seed = --seed) and print the best ten." };
        var cellsCsv = new Option<string?>("--cells-csv") { Description = "Also write every cell's outcome (scheme, levels, cell, level, status, pulses, final ohm, level error, reason) to this CSV file." };
        var command = new Command("programming", "FFP versus write-verify programming: pulses per cell, level error, device time.")
        {
            count, levels, calibration, seed, json, device, direction, tune, cellsCsv,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            int n = parse.GetValue(count);
            if (n is < 1 or > 4096)
            {
                throw new EdgeException(ExitCode.Usage, $"--count {n}: expected 1 .. 4096 cells.");
            }

            var levelCounts = ParseLevels(parse.GetValue(levels)!);
            var options = new ProgrammingBenchOptions
            {
                Count = n,
                Seed = parse.GetValue(seed),
                Direction = ParseDirection(parse.GetValue(direction)!),
                Device = BoardTarget.LoadDevice(parse.GetValue(device)),
            };
            bool asJson = parse.GetValue(json);
            var log = asJson ? TextWriter.Null : output;
            string dir = parse.GetValue(calibration) ?? DefaultCalibration.GetOrCreate(log);
            if (!Directory.Exists(dir))
            {
                throw new EdgeException(ExitCode.BadInput, $"--calibration {dir}: folder not found (expected the --out folder of 'edge calibrate').");
            }

            if (parse.GetValue(tune))
            {
                return Tune(dir, levelCounts.Max(), options, output);
            }

            var comparisons = new List<LevelComparison>();
            foreach (int levelCount in levelCounts)
            {
                using var bar = new ProgressBar($"{levelCount} levels");
                comparisons.Add(ProgrammingBenchmark.Compare(dir, levelCount, options, (scheme, p) =>
                    bar.Update((double)p.CellsDone / p.CellsTotal, $"{scheme}: {p.CellsDone}/{p.CellsTotal} cells, {p.Pulses} pulses")));
            }

            if (parse.GetValue(cellsCsv) is string csvPath)
            {
                ProgrammingOutcomeCsv.Write(csvPath, comparisons);
            }

            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(Report(dir, options, comparisons), JsonFiles.Options));
            }
            else
            {
                WriteTable(output, dir, options, comparisons);
            }

            return 0;
        });
        return command;
    }

    private static int Tune(string dir, int levelCount, ProgrammingBenchOptions options, TextWriter output)
    {
        string setPath = ProgrammingBenchmark.TableSetPath(dir);
        var set = TableFiles.ReadTableSet(setPath);
        var ladder = LevelLadder.FromProgram(TableFiles.ReadLevelProgram(ProgrammingBenchmark.LevelProgramPath(dir, levelCount, options.Direction)));
        var grid = WriteVerifyTuner.DefaultGrid().ToList();
        using var bar = new ProgressBar("tune write-verify");
        var ranked = WriteVerifyTuner.Rank(File.ReadAllBytes(setPath), set.Generation, ladder, grid, options, (done, total) =>
            bar.Update((double)done / total, $"{done}/{total} candidates"));
        bar.Dispose();
        output.WriteLine($"write-verify grid search: {grid.Count} candidates, {options.Count} cells, {levelCount} levels ({ladder.LevelCount} in the program), seed {options.Seed}");
        output.WriteLine("rank  width_ms  start_v  step_v  hold_frac    reversal_factor  after_reversal  tolerance  within_half  rms     pulses  device_s  failed");
        var rankOf = ranked.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i + 1);
        void Row(WriteVerifyTuner.Candidate c)
        {
            var s = c.Settings;
            var t = c.Statistics;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rankOf[c],4}  {s.WidthMs,8}  {s.StartVolts,7}  {s.StepVolts,6}  {s.HoldIfClosedFraction,11}  {s.ReversalStepFactor,15}  {s.AfterReversal,14}  {s.ToleranceLevels,9}  {t.WithinHalfLevel,11:F3}  {t.LevelErrorRms,6:F3}  {t.PulsesPerCellMean,6:F1}  {t.DeviceSeconds,8:F0}  {t.CellsFailed,6}"));
        }

        ranked.Take(10).ToList().ForEach(Row);
        output.WriteLine("  best per pulse width:");
        ranked.GroupBy(c => c.Settings.WidthMs).Select(g => g.First()).OrderBy(c => c.Settings.WidthMs).ToList().ForEach(Row);
        output.WriteLine("  the current defaults:");
        ranked.Where(c => c.Settings == new WriteVerifySettings()).ToList().ForEach(Row);
        output.WriteLine("  worst three:");
        ranked.TakeLast(3).ToList().ForEach(Row);
        return 0;
    }

    private static Dictionary<string, object?> Report(string dir, ProgrammingBenchOptions options, IReadOnlyList<LevelComparison> comparisons)
    {
        var finest = comparisons.MaxBy(c => c.Levels)!;
        return new Dictionary<string, object?>
        {
            ["benchmark"] = "programming",
            ["calibration"] = Path.GetFullPath(dir),
            ["count"] = options.Count,
            ["seed"] = options.Seed,
            ["direction"] = options.Direction.ToString().ToLowerInvariant(),
            ["finest_levels"] = finest.Levels,
            ["ffp"] = Scheme(finest.Ffp),
            ["write_verify"] = Scheme(finest.WriteVerify),
            ["ffp_seek"] = finest.Seek is null ? null : Scheme(finest.Seek),
            ["ratios"] = Ratios(finest),
            ["ffp_error_no_higher_with_no_more_pulses"] = Verdict(finest),
            ["write_verify_settings"] = options.WriteVerify,
            ["levels"] = comparisons.Select(c => new Dictionary<string, object?>
            {
                ["n"] = c.Levels,
                ["program_levels"] = c.ProgramLevels,
                ["ffp"] = Scheme(c.Ffp),
                ["write_verify"] = Scheme(c.WriteVerify),
                ["ffp_seek"] = c.Seek is null ? null : Scheme(c.Seek),
                ["ratios"] = Ratios(c),
                ["ffp_error_no_higher_with_no_more_pulses"] = Verdict(c),
            }).ToList(),
        };
    }

    private static Dictionary<string, object?> Scheme(SchemeRun run)
    {
        var s = run.Statistics;
        return new Dictionary<string, object?>
        {
            ["cells"] = s.Cells,
            ["width_ms"] = run.WidthMs,
            ["pulses_per_cell_mean"] = s.PulsesPerCellMean,
            ["reads_per_cell_mean"] = run.ReadsPerCellMean,
            ["pulses_per_cell_max"] = s.PulsesPerCellMax,
            ["level_error_rms"] = s.LevelErrorRms,
            ["level_error_rms_done"] = s.LevelErrorRmsDone,
            ["level_error_mean"] = s.LevelErrorMean,
            ["within_half_level"] = s.WithinHalfLevel,
            ["device_seconds"] = s.DeviceSeconds,
            ["energy_joules"] = run.EnergyJoules,
            ["cells_failed"] = s.CellsFailed,
            ["ledger_pulses"] = run.LedgerPulses,
            ["seconds_wall"] = run.SecondsWall,
        };
    }

    private static Dictionary<string, double> Ratios(LevelComparison c) => new()
    {
        ["pulses_per_cell_mean"] = c.Ffp.Statistics.PulsesPerCellMean / c.WriteVerify.Statistics.PulsesPerCellMean,
        ["level_error_rms"] = c.Ffp.Statistics.LevelErrorRms / c.WriteVerify.Statistics.LevelErrorRms,
        ["within_half_level"] = c.Ffp.Statistics.WithinHalfLevel / c.WriteVerify.Statistics.WithinHalfLevel,
        ["device_seconds"] = c.Ffp.Statistics.DeviceSeconds / c.WriteVerify.Statistics.DeviceSeconds,
    };

    private static bool Verdict(LevelComparison c) =>
        c.Ffp.Statistics.LevelErrorRms <= c.WriteVerify.Statistics.LevelErrorRms
        && c.Ffp.Statistics.PulsesPerCellMean <= c.WriteVerify.Statistics.PulsesPerCellMean;

    private static void WriteTable(TextWriter output, string dir, ProgrammingBenchOptions options, IReadOnlyList<LevelComparison> comparisons)
    {
        output.WriteLine($"FFP vs write-verify: {options.Count} cells, {options.Direction.ToString().ToLowerInvariant()}, seed {options.Seed}, calibration {dir}");
        output.WriteLine("levels (program)  scheme        pulses/cell  rms error  rms (done)  within 1/2  device time  failed");
        foreach (var c in comparisons)
        {
            foreach (var run in new[] { c.Ffp, c.WriteVerify, c.Seek }.OfType<SchemeRun>())
            {
                var s = run.Statistics;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Levels,6} ({c.ProgramLevels,4})     {run.Scheme,-12}  {s.PulsesPerCellMean,11:F1}  {s.LevelErrorRms,9:F3}  {s.LevelErrorRmsDone,10:F3}  {s.WithinHalfLevel * 100,9:F1}%  {ProgressBar.FormatDuration(s.DeviceSeconds),11}  {s.CellsFailed,6}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,18}ffp/wv ratio: pulses {c.Ffp.Statistics.PulsesPerCellMean / c.WriteVerify.Statistics.PulsesPerCellMean:F2}, rms error {c.Ffp.Statistics.LevelErrorRms / c.WriteVerify.Statistics.LevelErrorRms:F2}, device time {c.Ffp.Statistics.DeviceSeconds / c.WriteVerify.Statistics.DeviceSeconds:F2}"));
        }
    }

    private static int[] ParseLevels(string text)
    {
        try
        {
            var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
            return values.Length > 0 && values.All(v => v is >= 2 and <= 1024) ? values : throw new FormatException();
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new EdgeException(ExitCode.Usage, $"--levels '{text}': expected a comma-separated list of level counts 2..1024 (e.g. 32,128,512).");
        }
    }

    private static Direction ParseDirection(string text) => text.ToLowerInvariant() switch
    {
        "potentiation" => Direction.Potentiation,
        "depression" => Direction.Depression,
        _ => throw new EdgeException(ExitCode.Usage, $"--direction '{text}': expected potentiation or depression."),
    };
}
