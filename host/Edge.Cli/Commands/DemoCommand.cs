// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Reports;

namespace Edge.Cli.Commands;

/// <summary>
/// <c>edge demo --out DIR</c>: the whole pipeline on the built-in virtual board, as the documented commands in order
/// (so the demo is exactly what a user would type): calibrate -> fit -> simulate the MLP weight transfer -> deploy the
/// MLP -> read back, then DIR/report.md with every plot and the key numbers beside the paper's.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder for every step and report.md.", Required = true };
        var levels = new Option<int>("--levels") { Description = "Calibrated level count used for the error model and deployment.", DefaultValueFactory = _ => 512 };
        var command = new Command("demo", "Run the whole pipeline on the built-in virtual board and write DIR/report.md.\n"
            + "Examples:\n  edge demo --out out/demo\n  edge demo --out out/demo --levels 128     (run again with the same --out to continue after Ctrl+C)");
        command.Options.Add(output);
        command.Options.Add(levels);
        command.SetAction((parse, cancel) =>
        {
            var log = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            string dir = Path.GetFullPath(parse.GetValue(output)!);
            int n = parse.GetValue(levels);
            Directory.CreateDirectory(dir);
            var wall = Stopwatch.StartNew();
            var steps = new List<(string Name, double Seconds)>();
            string calibration = Path.Combine(dir, "calibration");
            string errorModel = Path.Combine(dir, "error-model", "error-model.json");
            string simulation = Path.Combine(dir, "simulation");
            string deploy = Path.Combine(dir, "deploy");

            Step(cancel, "calibrate", steps, log, error, ["calibrate", "--sim", "--out", calibration, "--levels", $"32,128,{n}"], resumable: Directory.Exists(calibration));
            Step(cancel, "fit", steps, log, error, ["fit", "--calibration", calibration, "--levels", n.ToString(CultureInfo.InvariantCulture), "--out", errorModel, "--force"]);
            Step(cancel, "simulate", steps, log, error, ["simulate", "transfer", "--model", "mlp", "--dataset", "mnist", "--error-model", errorModel, "--bits", $"1-{BitsOf(n)}", "--trials", "5", "--out", simulation, "--force"]);
            int bits = SmallestBitsWithinOnePoint(Path.Combine(simulation, "results.json"), BitsOf(n));
            string journal = Path.Combine(deploy, "journal.sqlite");
            // A journal of an earlier demo run holds its programmed cells (the in-process board's are saved beside it): continue it.
            Step(cancel, "deploy", steps, log, error, ["deploy", "--weights", Path.Combine(simulation, "weights.dat"), "--calibration", calibration, "--error-model", errorModel, "--bits", bits.ToString(CultureInfo.InvariantCulture), "--journal", journal, "--out", deploy, File.Exists(journal) ? "--resume" : "--force"], allowFailedCells: true);
            string report = DemoReport.Write(dir, calibration, errorModel, simulation, deploy, bits, steps, wall.Elapsed.TotalSeconds);
            log.WriteLine($"demo finished in {wall.Elapsed.TotalSeconds:F0} s: {report}");
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Step(CancellationToken cancel, string name, List<(string, double)> steps, TextWriter log, TextWriter error, string[] args, bool resumable = false, bool allowFailedCells = false)
    {
        var clock = Stopwatch.StartNew();
        string[] run = resumable ? [.. args, "--resume"] : args;
        log.WriteLine($"== edge {string.Join(' ', run)}");
        int code = EdgeCli.Run(run, log, error, cancel);
        if (code != 0 && !(allowFailedCells && code == (int)ExitCode.DeviceLimit))
        {
            throw new EdgeException((ExitCode)code, $"demo step '{name}' failed (exit code {code}); see the message above. Rerun 'edge demo' with the same --out to continue.");
        }

        steps.Add((name, clock.Elapsed.TotalSeconds));
    }

    private static int BitsOf(int levels) => (int)Math.Floor(Math.Log2(levels));

    private static int SmallestBitsWithinOnePoint(string resultsPath, int fallback)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(resultsPath));
        double digital = json.RootElement.GetProperty("digital_accuracy").GetDouble();
        foreach (var point in json.RootElement.GetProperty("points").EnumerateArray())
        {
            if (point.GetProperty("accuracy_mean").GetDouble() >= digital - 0.01)
            {
                return point.GetProperty("bits").GetInt32();
            }
        }

        return fallback;
    }
}
