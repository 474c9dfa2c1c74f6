// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.CommandLine.Parsing;
using Edge.Analog.Formats;
using Edge.Host.Records;

namespace Edge.Cli;

/// <summary>
/// Leaves the run record of an invocation that wrote results: the command path, every option's value (given or
/// default) as the settings, the seed, and the exit status, in the run database of each output folder.
/// </summary>
internal static class RunRecording
{
    public static void Complete(RunProvenance provenance, ParseResult parse, int exitCode, TextWriter error)
    {
        if (provenance.Outputs.Count == 0)
        {
            return;
        }

        var settings = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var option in parse.CommandResult.Command.Options)
        {
            if (parse.GetResult(option) is OptionResult result)
            {
                try
                {
                    settings[option.Name] = result.GetValueOrDefault<object?>();
                }
                catch (InvalidOperationException)
                {
                    settings[option.Name] = string.Join(' ', result.Tokens.Select(t => t.Value));
                }
            }
        }

        long? seed = settings.TryGetValue("--seed", out var s) && s is not null && long.TryParse(Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture), out long v) ? v : null;
        string status = exitCode == 0 ? "completed" : $"exit {exitCode}";
        try
        {
            RunRecorder.Complete(provenance, CommandPath(parse.CommandResult), settings, seed, status);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or Edge.Analog.Errors.EdgeException)
        {
            // The results are written; a record that cannot be kept is worth a warning, not the run.
            error.WriteLine($"edge: warning: could not write the run record ({ex.Message}).");
        }
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c && c.Parent is not null; r = r.Parent)
        {
            names.Insert(0, c.Command.Name);
        }

        return names.Count == 0 ? "edge" : string.Join(' ', names);
    }
}
