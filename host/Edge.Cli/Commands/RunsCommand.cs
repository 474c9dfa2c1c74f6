// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Host.Records;

namespace Edge.Cli.Commands;

/// <summary><c>edge runs [DIR]</c>: the runs recorded in DIR and below, newest first, with their key numbers.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "Folder to search for run records (runs.sqlite, calibration.sqlite), recursively.", DefaultValueFactory = _ => "." };
        var limit = new Option<int>("--limit") { Description = "Show at most N runs (0 = all).", DefaultValueFactory = _ => 20 };
        var command = new Command("runs", "List the runs recorded under a folder: when, what, status, wall time and key results.\n\n"
            + "Examples:\n  edge runs out/demo\n  edge runs --limit 5")
        {
            folder, limit,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            string dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                throw new Edge.Analog.Errors.EdgeException(Edge.Analog.Errors.ExitCode.BadInput, $"{dir}: no such folder (give an output folder of edge, e.g. out/demo).");
            }

            var runs = RunRecorder.ReadAll(dir);
            int n = parse.GetValue(limit);
            if (runs.Count == 0)
            {
                output.WriteLine($"no run records under {dir}");
                return 0;
            }

            foreach (var run in n > 0 ? runs.Take(n) : runs)
            {
                string wall = run.WallSeconds is double s ? Edge.Reports.ProgressBar.FormatDuration(s) : "-";
                string where = Path.GetRelativePath(dir, Path.GetDirectoryName(run.DatabasePath)!);
                string numbers = string.Join(", ", run.KeyResults().Take(4).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name} {r.Value:G4}")));
                output.WriteLine($"{run.StartedUtc[..Math.Min(19, run.StartedUtc.Length)].Replace('T', ' ')}  {run.Command,-18} {run.Status,-10} wall {wall,-7} {run.Id[..8]}  {where}");
                if (numbers.Length > 0)
                {
                    output.WriteLine($"    {numbers}");
                }
            }

            output.WriteLine($"{runs.Count} runs; edge report {dir} writes them with figures and provenance into {Path.Combine(dir, RunReport.FileName)}");
            return 0;
        });
        return command;
    }
}
