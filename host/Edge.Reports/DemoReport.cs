// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Edge.Reports;

/// <summary>
/// The demo's report.md: key numbers read from the steps' JSON outputs beside the paper's published values, then
/// every plot the steps produced.
/// </summary>
public static class DemoReport
{
    /// <summary>Writes DIR/report.md and returns its path.</summary>
    /// <param name="dir">The demo's output folder (plots are linked relative to it).</param>
    /// <param name="calibration">The calibration folder (summary.json and plots).</param>
    /// <param name="errorModel">The error-model JSON.</param>
    /// <param name="simulation">The simulation folder (results.json and plots).</param>
    /// <param name="deploy">The deployment folder (deploy.json and plots).</param>
    /// <param name="bits">The bit depth the demo deployed (the fewest within 1 point of digital).</param>
    /// <param name="steps">Each step's name and wall time, s.</param>
    /// <param name="seconds">The demo's whole wall time, s.</param>
    public static string Write(string dir, string calibration, string errorModel, string simulation, string deploy, int bits, IReadOnlyList<(string Name, double Seconds)> steps, double seconds)
    {
        using var cal = JsonDocument.Parse(File.ReadAllText(Path.Combine(calibration, "summary.json")));
        using var sim = JsonDocument.Parse(File.ReadAllText(Path.Combine(simulation, "results.json")));
        using var dep = JsonDocument.Parse(File.ReadAllText(Path.Combine(deploy, "deploy.json")));
        using var err = JsonDocument.Parse(File.ReadAllText(errorModel));
        var c = cal.RootElement;
        var ffp = c.GetProperty("ffp");
        var device = c.GetProperty("device");
        var md = new StringBuilder();
        md.AppendLine("# Edge demo report");
        md.AppendLine();
        md.AppendLine(Inv($"The whole pipeline on the built-in virtual board (paper TiO2-x device), {seconds:F0} s of wall time: ")
            + string.Join(", ", steps.Select(s => Inv($"{s.Name} {s.Seconds:F0} s"))) + ".");
        md.AppendLine();
        md.AppendLine("## Key numbers beside the paper");
        md.AppendLine();
        md.AppendLine("| quantity | paper | this run |");
        md.AppendLine("|---|---|---|");
        md.AppendLine(Inv($"| HRS / LRS, ratio | 880 / 740 ohm, 1.19 | {device.GetProperty("hrs_ohm").GetDouble():F1} / {device.GetProperty("lrs_ohm").GetDouble():F1} ohm, {device.GetProperty("ratio").GetDouble():F3} |"));
        md.AppendLine(Inv($"| FFP pulse events, potentiation | 494 +- 11 | {ffp.GetProperty("pulses_potentiation_mean").GetDouble():F0} +- {ffp.GetProperty("pulses_potentiation_std").GetDouble():F0} |"));
        md.AppendLine(Inv($"| FFP pulse events, depression | 579 +- 17 | {ffp.GetProperty("pulses_depression_mean").GetDouble():F0} +- {ffp.GetProperty("pulses_depression_std").GetDouble():F0} |"));
        foreach (var level in c.GetProperty("levels").EnumerateArray())
        {
            int n = level.GetProperty("n").GetInt32();
            string direction = level.GetProperty("direction").GetString()!;
            string paperSkip = n switch { 32 => "0", 512 => direction == "potentiation" ? "117" : "8", _ => "-" };
            md.AppendLine(Inv($"| n = {n} {direction}: occupied, nu, skip-prone | {n}, ~1e-3, {paperSkip} | {level.GetProperty("occupied").GetInt32()}, {level.GetProperty("nu").GetDouble():E2}, {level.GetProperty("skip_prone").GetInt32()} |"));
        }

        var s = sim.RootElement;
        md.AppendLine(Inv($"| MLP digital accuracy (MNIST) | - | {s.GetProperty("digital_accuracy").GetDouble():P2} on {s.GetProperty("test_samples").GetInt32()} test images |"));
        var points = s.GetProperty("points").EnumerateArray().ToList();
        md.AppendLine(Inv($"| MLP weight transfer, smallest bits within 1 point | 3 bits -> 95.2 % | {bits} bits -> {points.First(p => p.GetProperty("bits").GetInt32() == bits).GetProperty("accuracy_mean").GetDouble():P2} |"));
        var d = dep.RootElement;
        md.AppendLine(Inv($"| deployed MLP ({bits} bits): digital / simulated / read back | - | {d.GetProperty("digital_accuracy").GetDouble():P2} / {d.GetProperty("simulated_accuracy").GetDouble():P2} / {d.GetProperty("readback_accuracy").GetDouble():P2} |"));
        md.AppendLine(Inv($"| deployment: cells, failed, pulses per cell (mean, p99), level error rms | - | {d.GetProperty("cells").GetInt32()}, {d.GetProperty("cells_failed").GetInt32()}, {d.GetProperty("pulses_per_cell_mean").GetDouble():F1}, {d.GetProperty("pulses_per_cell_p99").GetInt32()}, {d.GetProperty("level_error_rms").GetDouble():F3} levels |"));
        int bandLevels = err.RootElement.TryGetProperty("band", out var band) ? band.EnumerateArray().Count(h => h.GetDouble() > 0) : 0;
        md.AppendLine(Inv($"| error model | per-level Student's t, or seek band | {err.RootElement.GetProperty("levels").GetInt32()} levels ({bandLevels} with the seek band), median nu {Median(err.RootElement.GetProperty("nu")):F1}, median scale {Median(err.RootElement.GetProperty("scale")):E2} |"));
        md.AppendLine();
        md.AppendLine("## Accuracy vs bits (paper Fig. 6d)");
        md.AppendLine();
        md.AppendLine("| bits | levels | accuracy mean | std |");
        md.AppendLine("|---|---|---|---|");
        foreach (var p in points)
        {
            md.AppendLine(Inv($"| {p.GetProperty("bits").GetInt32()} | {p.GetProperty("levels").GetInt32()} | {p.GetProperty("accuracy_mean").GetDouble():P2} | {p.GetProperty("accuracy_std").GetDouble():P2} |"));
        }

        md.AppendLine();
        md.AppendLine("## Plots");
        foreach (var folder in new[] { calibration, Path.GetDirectoryName(errorModel)!, simulation, deploy })
        {
            md.AppendLine();
            md.AppendLine($"### {Path.GetFileName(folder)}");
            foreach (var png in Directory.GetFiles(folder, "*.png").Order())
            {
                string relative = Path.GetRelativePath(dir, png);
                md.AppendLine();
                md.AppendLine($"![{Path.GetFileNameWithoutExtension(png)}]({relative})");
            }
        }

        md.AppendLine();
        md.AppendLine("Every number above comes from the JSON files next to the plots (summary.json, error-model.json, results.json, deploy.json); rerun `edge demo --out DIR` to reproduce it.");
        string path = Path.Combine(dir, "report.md");
        File.WriteAllText(path, md.ToString());
        return path;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Median(JsonElement array)
    {
        var values = array.EnumerateArray().Select(e => e.GetDouble()).Order().ToArray();
        return values.Length == 0 ? double.NaN : values[values.Length / 2];
    }
}
