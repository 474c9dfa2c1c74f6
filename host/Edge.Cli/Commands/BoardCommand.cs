// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Cli.Commands.Board;

namespace Edge.Cli.Commands;

/// <summary><c>edge board</c>: talk to one board directly.</summary>
internal static class BoardCommand
{
    public static Command Create()
    {
        var command = new Command("board", "Talk to a board: identity and limits, reads, single pulses, identical-pulse sweeps, or serve a virtual board.");
        command.Subcommands.Add(BoardInfoCommand.Create());
        command.Subcommands.Add(BoardReadCommand.Create());
        command.Subcommands.Add(BoardPulseCommand.Create());
        command.Subcommands.Add(BoardSweepCommand.Create());
        command.Subcommands.Add(BoardServeCommand.Create());
        return command;
    }
}
