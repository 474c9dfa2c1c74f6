// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Text.Json;
using Edge.Analog.Formats;
using Edge.Reports;

namespace Edge.Cli.Commands.Board;

/// <summary><c>edge board read</c>: read cell resistances at the 0.1 V read.</summary>
internal static class BoardReadCommand
{
    public static Command Create()
    {
        var target = new BoardTarget();
        var cells = new Option<int[]>("--cell") { Description = "Cell index (repeat for several).", DefaultValueFactory = _ => [0], AllowMultipleArgumentsPerToken = true };
        var readVolts = new Option<double>("--read-volts") { Description = "Read voltage in volts (the board allows 0.01..0.2 V).", DefaultValueFactory = _ => 0.1 };
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON." };
        var command = new Command("read", "Read the resistance of one or more cells.\nExamples:\n  edge board read --cell 0 --cell 5\n  edge board read --tcp HOST:PORT --cell 3 --json");
        target.AddTo(command);
        command.Options.Add(cells);
        command.Options.Add(readVolts);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            bool asJson = parse.GetValue(json);
            using var board = target.Connect(parse, asJson ? TextWriter.Null : output);
            var results = board.Read(parse.GetValue(cells)!.Select(c => BoardTarget.CheckCell(board, c)).ToList(), parse.GetValue(readVolts));
            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(results.Select(r => new { cell = r.Cell, resistance_ohm = r.ResistanceOhms, saturated = r.Saturated }), JsonFiles.Options));
                return 0;
            }

            foreach (var r in results)
            {
                output.WriteLine(r.Saturated ? $"cell {r.Cell}: ADC saturated (open or shorted?)" : $"cell {r.Cell}: {r.ResistanceOhms:F3} ohm");
            }

            return 0;
        });
        return command;
    }
}
