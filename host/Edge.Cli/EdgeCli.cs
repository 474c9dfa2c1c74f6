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
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("edge: program analog memristors with feedforward pulses and deploy neural networks onto them.");
        foreach (var command in CommandCatalogue.All())
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
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
                    error.WriteLine($"edge: {e.Message}");
                }

                error.WriteLine("Run 'edge --help' (or 'edge COMMAND --help') for usage.");
                return (int)ExitCode.Usage;
            }

            code = parse.Invoke(configuration);
            return code;
        }
        catch (EdgeException ex)
        {
            error.WriteLine($"edge: {ex.Message}");
            code = (int)ex.ExitCode;
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
