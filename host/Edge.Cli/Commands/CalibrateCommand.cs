// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Host.Calibration.Run;
using Edge.Host.Virtual;
using Edge.Shared.Protocol;

namespace Edge.Cli.Commands;

/// <summary><c>edge calibrate</c>: identical-pulse sweeps to FFP tables, level programs and the paper's metrics.</summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var target = new BoardTarget();
        var output = new Option<string>("--out") { Description = "Output folder (summary.json, CSVs, plots, table files, calibration.sqlite).", Required = true };
        var levels = new Option<string>("--levels") { Description = "Level counts to segment, comma separated.", DefaultValueFactory = _ => "32,128,512" };
        var seed = new Option<long>("--seed") { Description = "Seed of the random level order (and of the virtual board's read noise).", DefaultValueFactory = _ => 1 };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted calibration in --out without repeating finished conditions." };
        var voltages = new Option<string?>("--voltages") { Description = "Sweep write voltages in V, comma separated (default: the paper's 15 from 0.3 to 7.0)." };
        var repetitions = new Option<int>("--repetitions") { Description = "Repetitions per voltage and direction.", DefaultValueFactory = _ => 5 };
        var pulses = new Option<int>("--pulses") { Description = "Identical pulses per sweep.", DefaultValueFactory = _ => 100 };
        var width = new Option<double>("--width-ms") { Description = "Sweep pulse width, ms.", DefaultValueFactory = _ => 2000 };
        var ffpWidth = new Option<double?>("--ffp-width-ms") { Description = "FFP loop pulse width, ms (default: the sweep width, which the table was measured at)." };
        var seekWidth = new Option<double>("--seek-width-ms") { Description = "Pulse width of the FFP seek table, ms (its rates are measured at it).", DefaultValueFactory = _ => 100 };
        var window = new Option<string>("--window") { Description = "|dR| window in ohm, LOW,HIGH (default: the paper's 0.1,0.3; for a virtual device file whose window is wider than 1.5 x the paper's 140 ohm, scaled with it).", DefaultValueFactory = _ => "auto" };
        var cycles = new Option<int>("--cycles") { Description = "FFP potentiation/depression cycles run on the board.", DefaultValueFactory = _ => 5 };
        var samples = new Option<int>("--samples-per-level") { Description = "Programming samples per level and direction (CPD analysis, error model).", DefaultValueFactory = _ => 8 };
        var arraySamples = new Option<int>("--array-samples-per-level") { Description = "Error-model samples per level, over the array's cells with the deploy scheme (FFP seek); 0 = use the single cell's ladder samples.", DefaultValueFactory = _ => 66 };
        var cell = new Option<int>("--cell") { Description = "Cell to calibrate.", DefaultValueFactory = _ => 0 };
        var force = new Option<bool>("--force") { Description = "Replace a calibration already in --out instead of refusing." };
        var command = new Command("calibrate", "Calibrate a device: sweeps, |dR| maps, FFP tables, FFP cycles, level programs and metrics (writes --out).\n"
            + "Examples:\n  edge calibrate --out cal --levels 32,128\n  edge calibrate --tcp 127.0.0.1:5555 --out cal --resume     continue after Ctrl+C");
        target.AddTo(command);
        foreach (var o in new Option[] { output, levels, seed, resume, voltages, repetitions, pulses, width, ffpWidth, seekWidth, window, cycles, samples, arraySamples, cell, force })
        {
            command.Options.Add(o);
        }

        command.SetAction((parse, cancel) =>
        {
            var log = parse.InvocationConfiguration.Output;
            string outDir = CalibrateChecks.Output(parse.GetValue(output)!, parse.GetValue(resume), parse.GetValue(force));
            var settings = new CalibrationSettings
            {
                Levels = OptionValue.List(parse.GetValue(levels)!, "--levels", int.Parse),
                Seed = parse.GetValue(seed),
                VoltagesVolts = parse.GetValue(voltages) is string v ? OptionValue.List(v, "--voltages", s => double.Parse(s, CultureInfo.InvariantCulture)) : CalibrationSettings.PaperVoltages,
                Repetitions = OptionValue.Positive(parse.GetValue(repetitions), "--repetitions"),
                SweepPulses = OptionValue.Positive(parse.GetValue(pulses), "--pulses"),
                SweepWidthMs = parse.GetValue(width),
                FfpWidthMs = parse.GetValue(ffpWidth),
                SeekWidthMs = parse.GetValue(seekWidth) is double w and >= 1 and <= 5000 ? w
                    : throw new EdgeException(ExitCode.Usage, $"--seek-width-ms {parse.GetValue(seekWidth)}: expected 1 .. 5000 ms (the board's pulse-width window)."),
                WindowLowOhms = Window(parse.GetValue(window)!, parse, target)[0],
                WindowHighOhms = Window(parse.GetValue(window)!, parse, target)[1],
                FfpCycles = OptionValue.Positive(parse.GetValue(cycles), "--cycles"),
                SamplesPerLevel = OptionValue.Positive(parse.GetValue(samples), "--samples-per-level"),
                ArraySamplesPerLevel = parse.GetValue(arraySamples) is int a and >= 0 ? a
                    : throw new EdgeException(ExitCode.Usage, $"--array-samples-per-level {parse.GetValue(arraySamples)}: must be 0 or more."),
                Cell = parse.GetValue(cell),
            };
            if (settings.Levels.Any(n => n is < 2 or > 1024))
            {
                throw new EdgeException(ExitCode.Usage, $"--levels {parse.GetValue(levels)}: each level count must be 2..1024.");
            }

            if (!(settings.WindowLowOhms > 0) || !(settings.WindowHighOhms > settings.WindowLowOhms))
            {
                throw new EdgeException(ExitCode.Usage, $"--window {parse.GetValue(window)}: expected LOW,HIGH with 0 < LOW < HIGH (ohm).");
            }

            using var board = target.Connect(parse, log, minimumCells: settings.Cell + 1, seed: settings.Seed);
            BoardTarget.CheckCell(board, settings.Cell);
            CalibrateChecks.Voltages(board, settings.VoltagesVolts);
            string fingerprint = CalibrationReport.DeviceFingerprint(parse.GetValue(target.Sim), target.IsVirtual(parse), board.Hello.BoardId);
            var summary = CalibrateChecks.KeepingCheckpoints(outDir, () => new CalibrationRunner(board, settings, outDir, fingerprint, log).Run(parse.GetValue(resume), cancel));
            CalibrationReport.Write(log, summary, outDir);
            CalibrateChecks.OccupiedLevels(summary, parse.InvocationConfiguration.Error);
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>
    /// The |dR| window. "auto" is the paper's 0.1..0.3 ohm, except for a virtual device file whose window is wider than
    /// 1.5 x the paper's 140 ohm: the device model scales its dynamics with the window (docs/device-model.md), so the
    /// window scales too and a full sweep still fits the board's 2048-pulse limit. A real board's window is only known
    /// after the sweeps; the run then says so if the paper window needs too many pulses.
    /// </summary>
    private static double[] Window(string text, ParseResult parse, BoardTarget target)
    {
        if (text.Trim() != "auto")
        {
            var values = OptionValue.List(text, "--window", s => double.Parse(s, CultureInfo.InvariantCulture));
            return values.Length == 2 ? values : throw new EdgeException(ExitCode.Usage, $"--window '{text}': expected LOW,HIGH in ohm, e.g. 0.1,0.3.");
        }

        double scale = 1.0;
        if (target.IsVirtual(parse) && parse.GetValue(target.Sim) is string deviceFile)
        {
            var device = DeviceFiles.Load(deviceFile);
            double ratio = (device.HrsOhm - device.LrsOhm) / 140.0;
            scale = ratio > 1.5 ? ratio : 1.0;
        }

        return [0.1 * scale, 0.3 * scale];
    }
}
