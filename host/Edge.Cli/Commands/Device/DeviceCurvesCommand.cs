// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.DeviceFit.Curves;
using Edge.Host.Virtual;

namespace Edge.Cli.Commands.Device;

/// <summary>
/// <c>edge device curves --out DIR [--sim DEVICE.json]</c>: identical pulses at several widths on one virtual cell, with
/// the resistance and heat-sink temperature after each pulse (CSV and plots), to see what a device file does.
/// </summary>
internal static class DeviceCurvesCommand
{
    public static Command Create()
    {
        var sim = new Option<string?>("--sim") { Description = "Device file (default: the paper TiO2-x preset)." };
        var output = new Option<string>("--out") { Description = "Output folder: curves.csv, curves-resistance.png/.svg, curves-temperature.png/.svg.", Required = true };
        var volts = new Option<double>("--volts") { Description = "Write voltage: + potentiation from HRS, - depression from LRS.", DefaultValueFactory = _ => 3.0 };
        var widths = new Option<string>("--widths-ms") { Description = "Pulse widths to compare, ms, comma separated.", DefaultValueFactory = _ => "100,800,2000" };
        var pulses = new Option<int>("--pulses") { Description = "Pulses per width.", DefaultValueFactory = _ => 100 };
        var pause = new Option<double>("--pause-ms") { Description = "Time between pulses (the read), ms.", DefaultValueFactory = _ => 10.0 };
        var cell = new Option<int>("--cell") { Description = "Cell of the device's array (its cell-to-cell draw).", DefaultValueFactory = _ => 0 };
        var force = new Option<bool>("--force") { Description = "Replace curves already in --out instead of refusing." };
        var command = new Command(
            "curves",
            "Identical pulses at several widths on one virtual cell: R and heat-sink temperature after each pulse.\n\n"
            + "Examples:\n  edge device curves --out curves\n  edge device curves --sim my-device.json --volts -2.5 --widths-ms 100,800,2000 --out curves/dep --force")
        {
            sim, output, volts, widths, pulses, pause, cell, force,
        };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var settings = new DeviceCurves.Settings(
                parse.GetValue(volts),
                OptionValue.List(parse.GetValue(widths)!, "--widths-ms", s => double.Parse(s, CultureInfo.InvariantCulture)),
                parse.GetValue(pulses),
                parse.GetValue(pause),
                parse.GetValue(cell));
            DeviceCurves.Check(settings);
            var device = DeviceFiles.Load(parse.GetValue(sim));
            string dir = OutputPath.Folder("--out", parse.GetValue(output)!, "curves.csv", parse.GetValue(force));
            var runs = DeviceCurves.Measure(device, settings);
            DeviceCurves.WriteCsv(Path.Combine(dir, "curves.csv"), runs);
            foreach (var run in runs)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.WidthMs,7:0.#} ms: {run.ResistancesOhms[0]:F2} -> {run.ResistancesOhms[^1]:F2} ohm after {settings.Pulses} pulses; heat sink {run.RiseKelvin.Max():F2} K above ambient at most"));
            }

            foreach (string plot in DeviceCurvePlots.Save(runs, settings.Volts, Path.Combine(dir, "curves")))
            {
                writer.WriteLine($"wrote {plot}");
            }

            return 0;
        });
        return command;
    }
}
