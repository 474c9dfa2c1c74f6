// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Run;
using Edge.Host.Formats;
using Edge.Host.Programming;
using Edge.Host.Virtual;
using Edge.Reports;
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
        var device = new Option<string?>("--device") { HelpName = "DEVICE.json", Description = "DEVICE.json of the virtual board (default: the paper TiO2-x preset; use the device the calibration was made on)." };
        var direction = new Option<string>("--direction") { Description = "potentiation (from HRS) or depression (from LRS).", DefaultValueFactory = _ => "potentiation" };
        var tune = new Option<bool>("--tune") { Description = "Grid-search the write-verify settings on the finest level count (tuning seed = --seed) and print the best ten." };
        var cellsCsv = new Option<string?>("--cells-csv") { Description = "Also write every cell's outcome (scheme, levels, cell, level, status, pulses, final ohm, level error, reason) to this CSV file." };
        var force = new Option<bool>("--force") { Description = "Replace an existing --cells-csv file instead of refusing." };
        var command = new Command("programming", "FFP versus write-verify programming: pulses per cell, level error, device time.\n"
            + "Examples:\n  edge bench programming --count 64 --levels 32\n  edge bench programming --calibration cal --levels 32,128 --json --cells-csv cells.csv")
        {
            count, levels, calibration, seed, json, device, direction, tune, cellsCsv, force,
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
            string? csvPath = parse.GetValue(cellsCsv) is string p ? OutputPath.File("--cells-csv", p, parse.GetValue(force)) : null;
            var options = new ProgrammingBenchOptions
            {
                Count = n,
                Seed = parse.GetValue(seed),
                Direction = ParseDirection(parse.GetValue(direction)!),
                Boards = new VirtualBoards(DeviceFiles.Load(parse.GetValue(device))),
            };
            bool asJson = parse.GetValue(json);
            var log = asJson ? TextWriter.Null : output;
            string dir = parse.GetValue(calibration) ?? DefaultCalibration.GetOrCreate(log, VirtualBoards.Paper);
            if (!Directory.Exists(dir))
            {
                throw new EdgeException(ExitCode.BadInput, $"--calibration {dir}: folder not found (expected the --out folder of 'edge calibrate').");
            }

            if (parse.GetValue(tune))
            {
                return WriteVerifyTuning.Run(dir, levelCounts.Max(), options, output);
            }

            var comparisons = new List<LevelComparison>();
            foreach (int levelCount in levelCounts)
            {
                using var bar = new ProgressBar($"{levelCount} levels");
                comparisons.Add(ProgrammingBenchmark.Compare(dir, levelCount, options, (scheme, p) =>
                    bar.Update((double)p.CellsDone / p.CellsTotal, $"{scheme}: {p.CellsDone}/{p.CellsTotal} cells, {p.Pulses} pulses")));
            }

            if (csvPath is not null)
            {
                OutputPath.WriteAtomically(csvPath, temporary => ProgrammingOutcomeCsv.Write(temporary, comparisons));
            }

            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(ProgrammingBenchReport.Json(dir, options, comparisons), JsonFiles.Options));
            }
            else
            {
                ProgrammingBenchReport.WriteTable(output, dir, options, comparisons);
            }

            return 0;
        });
        return command;
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

    private static Direction ParseDirection(string text) => DirectionNames.TryParse(text, out var direction)
        ? direction
        : throw new EdgeException(ExitCode.Usage, $"--direction '{text}': expected {DirectionNames.Potentiation} or {DirectionNames.Depression}.");
}
