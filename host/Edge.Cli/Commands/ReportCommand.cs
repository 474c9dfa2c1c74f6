// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Host.Records;

namespace Edge.Cli.Commands;

/// <summary><c>edge report DIR</c>: a self-contained HTML report of any output folder (figures embedded, tables, provenance).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("DIR") { Description = "An output folder of edge (calibrate, fit, simulate, deploy or demo)." };
        var output = new Option<string?>("--out") { Description = $"HTML file to write (default: DIR/{RunReport.FileName})." };
        var command = new Command("report", "Write a self-contained HTML report of an output folder: runs with provenance and key numbers, every figure, the CSV tables.\n\n"
            + "Examples:\n  edge report out/demo\n  edge report cal --out cal-report.html")
        {
            folder, output,
        };
        command.SetAction(parse =>
        {
            string dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                throw new EdgeException(ExitCode.BadInput, $"{dir}: no such folder (give an output folder of edge, e.g. out/demo).");
            }

            string path = parse.GetValue(output) ?? Path.Combine(dir, RunReport.FileName);
            int figures = RunReport.Write(dir, path);
            parse.InvocationConfiguration.Output.WriteLine($"wrote {path} ({figures} figures); open it in a browser");
            return 0;
        });
        return command;
    }
}
