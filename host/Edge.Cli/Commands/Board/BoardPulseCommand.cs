// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Text.Json;
using Edge.Analog.Formats;
using Edge.Reports;

namespace Edge.Cli.Commands.Board;

/// <summary><c>edge board pulse</c>: one write pulse, then a read.</summary>
internal static class BoardPulseCommand
{
    public static Command Create()
    {
        var target = new BoardTarget();
        var cell = new Option<int>("--cell") { Description = "Cell index.", DefaultValueFactory = _ => 0 };
        var volts = new Option<double>("--volts") { Description = "Write voltage: + potentiation (R falls), - depression (R rises); |V| <= 7.0.", Required = true };
        var width = new Option<double>("--width-ms") { Description = "Pulse width in ms (paper: 800 in the FFP loop, 2000 for sweeps).", DefaultValueFactory = _ => 800.0 };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON." };
        var command = new Command("pulse", "Apply one write pulse to a cell and read it back.\nExamples:\n  edge board pulse --cell 0 --volts 2.0 --width-ms 800\n  edge board pulse --sim DEVICE.json --cell 1 --volts -3.5 --json");
        target.AddTo(command);
        command.Options.Add(cell);
        command.Options.Add(volts);
        command.Options.Add(width);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            bool asJson = parse.GetValue(json);
            using var board = target.Connect(parse, asJson ? TextWriter.Null : output);
            int c = BoardTarget.CheckCell(board, parse.GetValue(cell));
            double before = board.Read([c])[0].RequireOhms("the read before the pulse");
            double after = board.Pulse(c, parse.GetValue(volts), parse.GetValue(width)).RequireOhms("the read after the pulse");
            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(new { cell = c, volts = parse.GetValue(volts), width_ms = parse.GetValue(width), before_ohm = before, after_ohm = after, delta_ohm = after - before }, JsonFiles.Options));
                return 0;
            }

            output.WriteLine($"cell {c}: {before:F3} ohm -> {after:F3} ohm (dR = {after - before:+0.000;-0.000} ohm)");
            return 0;
        });
        return command;
    }
}
