// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Text.Json;
using Edge.Analog.Formats;
using Edge.Host.Bench;
using Edge.Host.Virtual;
using Edge.Reports;

namespace Edge.Cli.Commands;

/// <summary><c>edge bench board</c>: simulated pulse events per wall-clock second, in-process and over a pty.</summary>
internal static class BenchBoardCommand
{
    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "Wall time per measurement.", DefaultValueFactory = _ => 2.0 };
        var cells = new Option<int>("--cells-count") { Description = "Cells in the virtual board.", DefaultValueFactory = _ => 4096 };
        var width = new Option<double>("--width-ms") { Description = "Pulse width of the model tables, ms (paper FFP: 800).", DefaultValueFactory = _ => 800.0 };
        var noPty = new Option<bool>("--no-pty") { Description = "Skip the pseudo-terminal measurement." };
        var command = new Command("board", "Virtual-board speed: pulse events per second for FFP runs and PROGRAM_LEVEL batches in-process, and over a pty.\nExamples:\n  edge bench board\n  edge bench board > bench-board.json");
        foreach (var o in new Option[] { seconds, cells, width, noPty })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var result = BoardBenchmark.Run(VirtualBoards.Paper, parse.GetValue(seconds), parse.GetValue(cells), parse.GetValue(width), !parse.GetValue(noPty));
            parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(result, JsonFiles.Options));
            return 0;
        });
        return command;
    }
}
