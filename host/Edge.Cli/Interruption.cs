// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;

namespace Edge.Cli;

/// <summary>
/// After an interruption (Ctrl+C, link lost, board rebooted) prints the exact command that continues the run: the
/// same command line with <c>--resume</c>, for commands that can resume, so finished device work is never repeated.
/// </summary>
internal static class Interruption
{
    /// <summary>The commands that stop at a safe point on Ctrl+C; any other command is ended by it at once, as usual.</summary>
    private static readonly HashSet<string> Cooperating = ["calibrate", "deploy", "demo", "transfer", "train", "serve"];

    private static volatile bool cooperative;

    /// <summary>True while a command that stops at a safe point runs (the signal handler then cancels instead of ending the process).</summary>
    public static bool Cooperative => cooperative;

    /// <summary>Records which command runs.</summary>
    public static void Running(ParseResult parse) => cooperative = Cooperating.Contains(parse.CommandResult.Command.Name);

    /// <summary>Writes the resume command when <paramref name="code"/> is <see cref="ExitCode.Interrupted"/>.</summary>
    public static void Advise(ExitCode code, ParseResult? parse, string[] args, TextWriter error)
    {
        if (code != ExitCode.Interrupted || parse is null)
        {
            return;
        }

        if (parse.CommandResult.Command.Name == "demo")
        {
            // The demo continues every finished step by itself when run again with the same --out.
            error.WriteLine($"edge: to continue where it stopped: edge {string.Join(' ', args.Select(Quote))}");
            return;
        }

        bool resumable = parse.CommandResult.Command.Options.Any(o => o.Name == "--resume");
        if (!resumable)
        {
            error.WriteLine("edge: this command keeps no partial results; run it again to start over.");
            return;
        }

        string[] again = args.Contains("--resume") ? args : [.. args, "--resume"];
        error.WriteLine($"edge: to continue where it stopped: edge {string.Join(' ', again.Select(Quote))}");
    }

    /// <summary>Quotes an argument for a POSIX shell when it needs it.</summary>
    public static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./:=,+@%".Contains(c)) ? arg : $"'{arg.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
