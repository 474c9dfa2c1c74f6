// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Cli.Commands;

namespace Edge.Cli;

/// <summary>Builds the command tree and maps <see cref="EdgeException"/> to documented exit codes.</summary>
public static class EdgeCli
{
    /// <summary>Runs the tool in-process (tests call this with captured writers).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interrupt">Cancelled on Ctrl+C: long commands stop at a safe point and exit 7.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken interrupt = default)
    {
        var root = new RootCommand("edge: program analog memristors with feedforward pulses and deploy neural networks onto them.\n"
            + "Every command, option, output file and exit code is described in docs/cli.md; 'edge COMMAND --help' shows examples.");
        foreach (var command in CommandCatalogue.All())
        {
            root.Subcommands.Add(command);
        }

        // Signals are Program's to handle (it cancels `interrupt`); the parser must not install its own.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        var provenance = RunProvenance.Begin(args);
        ParseResult? parse = null;
        int code = (int)ExitCode.Internal;
        try
        {
            parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors)
                {
                    error.WriteLine($"edge: {ParseErrors.Explain(e.Message)}");
                }

                error.WriteLine("Run 'edge --help' (or 'edge COMMAND --help') for usage.");
                return (int)ExitCode.Usage;
            }

            Interruption.Running(parse);
            code = parse.InvokeAsync(configuration, interrupt).GetAwaiter().GetResult();
            return code;
        }
        catch (EdgeException ex)
        {
            error.WriteLine($"edge: {ex.Message}");
            Interruption.Advise(ex.ExitCode, parse, args, error);
            code = (int)ex.ExitCode;
            return code;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            error.WriteLine("edge: interrupted before any result was written.");
            Interruption.Advise(ExitCode.Interrupted, parse, args, error);
            code = (int)ExitCode.Interrupted;
            return code;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug, not bad input: say so, keep the trace for the report, and use the documented exit code.
            error.WriteLine($"edge: internal error ({ex.GetType().Name}): {ex.Message}");
            error.WriteLine("This is a bug in edge; please report it with the trace below.");
            error.WriteLine(ex.ToString());
            return (int)ExitCode.Internal;
        }
        finally
        {
            if (parse is not null)
            {
                RunRecording.Complete(provenance, parse, code, error);
            }
        }
    }
}
