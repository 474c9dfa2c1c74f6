// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Globalization;
using Edge.Analog.Errors;
using Edge.DeviceFit;

namespace Edge.Cli.Commands.Device;

/// <summary>
/// <c>edge device fit --sweeps SWEEPS.csv --out DEVICE.json</c>: fits the device model to measured identical-pulse
/// sweeps and writes a device file <c>--sim DEVICE.json</c> accepts, with a fit report and overlay plots beside it.
/// </summary>
internal static class DeviceFitCommand
{
    public static Command Create()
    {
        var sweeps = new Option<string>("--sweeps") { Description = "Identical-pulse sweeps CSV: direction,volts,width_ms,repetition,pulse,resistance_ohm (a calibration's sweeps.csv or a converted bench export, docs/formats.md).", Required = true };
        var output = new Option<string>("--out") { Description = "Device JSON to write; the fit report (NAME-fit.json) and plots go next to it.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed field of the written device file.", DefaultValueFactory = _ => 1 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Refits to resampled sweeps behind the bootstrap standard errors (0 = Hessian errors only).", DefaultValueFactory = _ => 30 };
        var force = new Option<bool>("--force") { Description = "Replace an existing --out device file instead of refusing." };
        var command = new Command(
            "fit",
            "Fit the device model to measured identical-pulse sweeps; write a device file for --sim.\n\n"
            + "Examples:\n  edge device fit --sweeps cal/sweeps.csv --out my-device.json\n  edge device fit --sweeps bench/sweeps.csv --out devices/d7.json --bootstrap 100 --force")
        {
            sweeps, output, seed, bootstrap, force,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(seed) < 0 || parse.GetValue(bootstrap) < 0)
            {
                throw new EdgeException(ExitCode.Usage, "--seed and --bootstrap must be 0 or more.");
            }

            var writer = parse.InvocationConfiguration.Output;
            string outPath = OutputPath.File("--out", parse.GetValue(output)!, parse.GetValue(force));
            var report = DeviceFitRun.Run(parse.GetValue(sweeps)!, outPath, parse.GetValue(seed), parse.GetValue(bootstrap));
            var fit = report.GoodnessOfFit;
            writer.WriteLine(Invariant($"fitted {report.Parameters.Count} device fields to {report.Sweeps} sweeps ({report.Conditions} conditions, {report.Reads} reads): rms residual {fit.RmsResidualOhm:F3} ohm, R^2 {fit.RSquared:F4}"));
            foreach (var p in report.Parameters)
            {
                string bootstrapError = p.StandardErrorBootstrap is double b ? Invariant($", bootstrap {b:G3}") : string.Empty;
                string error = p.AtRangeEdge
                    ? "at the end of its range (the sweeps would move it further; no error)"
                    : Invariant($"+- {p.StandardErrorHessian:G3} (Hessian{bootstrapError})");
                writer.WriteLine(Invariant($"  {p.Name,-32} {p.Value,12:G6} {p.Unit,-6} {error}"));
            }

            foreach (var direction in report.StepFractions.GroupBy(k => k.Direction))
            {
                var ends = new[] { direction.MinBy(k => k.Volts)!, direction.MaxBy(k => k.Volts)! };
                writer.WriteLine($"  step fraction per pulse, {direction.Key}: " + string.Join(", ", ends.Select(k =>
                    Invariant($"{k.Volts:0.0#} V {k.Value:G3}") + (k.StandardErrorBootstrap is double e ? Invariant($" +- {e:G2}") : string.Empty))));
            }

            if (report.StepNoise is { } noise)
            {
                writer.WriteLine(Invariant($"step noise from the pulse-by-pulse scatter of {noise.Conditions} conditions up to {noise.HighestVolts:0.#} V (their read noise {noise.ReadNoiseOhm * 1000:F1} mOhm rms, rms log misfit {noise.RmsLogRatio:F2})"));
            }

            writer.WriteLine($"held (not determined by one cell's sweeps): {string.Join(", ", report.Held.Keys)}");
            var saturation = report.SaturationLevels;
            writer.WriteLine(Invariant($"saturation levels, virtual device from {report.DeviceFile} vs measured: rms {saturation.RmsOhm:F3} ohm over {saturation.Levels.Count} conditions (mean of the last {saturation.EndReads} reads)"));
            writer.WriteLine($"wrote {report.DeviceFile}");
            foreach (var plot in report.Plots)
            {
                writer.WriteLine($"wrote {plot}");
            }

            return 0;
        });
        return command;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
