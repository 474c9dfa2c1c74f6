// SPDX-License-Identifier: MIT
using System.CommandLine;

namespace Edge.Cli.Commands;

/// <summary><c>edge bench ...</c>: the parent of the benchmark subcommands (each in its own file).</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure performance (results as JSON on standard output).");
        foreach (var subcommand in Subcommands())
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary>One line per benchmark, in the order <c>edge bench --help</c> lists them.</summary>
    private static IEnumerable<Command> Subcommands()
    {
        yield return BenchBoardCommand.Create();
        yield return BenchSamplerCommand.Create();
        yield return BenchInferenceCommand.Create();
        yield return BenchProgrammingCommand.Create();
        yield return BenchTwinCommand.Create();
    }
}
