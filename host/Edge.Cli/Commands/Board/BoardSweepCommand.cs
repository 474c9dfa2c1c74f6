// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Edge.Analog.Formats;
using Edge.Host.Link;
using Edge.Reports;

namespace Edge.Cli.Commands.Board;

/// <summary><c>edge board sweep</c>: identical pulses with a read after each (paper Fig. 2a), run by the board.</summary>
internal static class BoardSweepCommand
{
    public static Command Create()
    {
        var target = new BoardTarget();
        var cell = new Option<int>("--cell") { Description = "Cell index.", DefaultValueFactory = _ => 0 };
        var volts = new Option<double>("--volts") { Description = "Write voltage: + potentiation (R falls), - depression (R rises).", Required = true };
        var width = new Option<double>("--width-ms") { Description = "Pulse width in ms (paper: 2000).", DefaultValueFactory = _ => 2000.0 };
        var pulses = new Option<int>("--pulses") { Description = "Number of identical pulses (paper: 100).", DefaultValueFactory = _ => 100 };
        var initVolts = new Option<double?>("--init-volts") { Description = "Initialise first with pulses of this voltage (paper: -6 V to HRS before potentiation, +6 V to LRS before depression)." };
        var initPulses = new Option<int>("--init-pulses") { Description = "Initialisation pulses.", DefaultValueFactory = _ => 20 };
        var csv = new Option<string?>("--csv") { Description = "Write the trace (pulse, resistance_ohm) to this CSV file." };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON." };
        var force = new Option<bool>("--force") { Description = "Replace an existing --csv file instead of refusing." };
        var command = new Command("sweep", "Apply identical pulses to a cell with a read after each; print or save the trace.\n"
            + "Examples:\n  edge board sweep --cell 0 --volts 2.0 --pulses 100 --init-volts -6\n  edge board sweep --tcp HOST:PORT --cell 2 --volts -3.0 --csv traces/cell2.csv");
        target.AddTo(command);
        foreach (var o in new Option[] { cell, volts, width, pulses, initVolts, initPulses, csv, json, force })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            bool asJson = parse.GetValue(json);
            string? csvPath = parse.GetValue(csv) is string p ? OutputPath.File("--csv", p, parse.GetValue(force)) : null;
            int count = OptionValue.Positive(parse.GetValue(pulses), "--pulses");
            OptionValue.Positive(parse.GetValue(initPulses), "--init-pulses");
            using var board = target.Connect(parse, asJson ? TextWriter.Null : output);
            int c = BoardTarget.CheckCell(board, parse.GetValue(cell));
            if (parse.GetValue(initVolts) is double init)
            {
                board.Sweep(c, init, parse.GetValue(width), parse.GetValue(initPulses));
            }

            double start = board.Read([c])[0].RequireOhms("the read before the sweep");
            using var bar = new ProgressBar($"sweep {parse.GetValue(volts):+0.0#;-0.0#} V");
            var progress = new Progress<JobProgress>(p => bar.Update(p.PlannedRecords == 0 ? 0 : (double)p.Records / p.PlannedRecords, $"{p.Records}/{p.PlannedRecords} pulses"));
            var outcome = board.Sweep(c, parse.GetValue(volts), parse.GetValue(width), count, progress);
            var trace = outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray();
            if (csvPath is not null)
            {
                OutputPath.WriteAtomically(csvPath, temporary => File.WriteAllLines(temporary, new[] { "pulse,resistance_ohm" }.Concat(trace.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1},{r:F4}")))));
            }

            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(new { cell = c, volts = parse.GetValue(volts), width_ms = parse.GetValue(width), status = outcome.Status.ToString(), start_ohm = start, resistance_ohm = trace }, JsonFiles.Options));
                return outcome.Status == Edge.Shared.Protocol.StatusCode.Ok ? 0 : (int)Edge.Analog.Errors.ExitCode.BoardRefused;
            }

            output.WriteLine($"cell {c}: {count} pulses of {parse.GetValue(volts)} V x {parse.GetValue(width)} ms: {start:F3} ohm -> {trace.LastOrDefault():F3} ohm ({outcome.Status})");
            for (int i = 0; i < trace.Length; i += Math.Max(1, trace.Length / 10))
            {
                output.WriteLine($"  pulse {i + 1,4}: {trace[i]:F3} ohm");
            }

            return outcome.Status == Edge.Shared.Protocol.StatusCode.Ok ? 0 : (int)Edge.Analog.Errors.ExitCode.BoardRefused;
        });
        return command;
    }
}
