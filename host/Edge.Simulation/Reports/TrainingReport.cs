// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using Edge.Analog.Formats;
using Edge.Reports;
using Edge.Simulation.Transfer;
using ScottPlot;

namespace Edge.Simulation.Reports;

/// <summary>Writes an in-memory training run: results.json, results.csv and accuracy-vs-epoch.png/.svg (Fig. 6e/f).</summary>
public static class TrainingReport
{
    /// <summary>Writes the three files into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(InMemoryTrainingResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "results.json");
        JsonFiles.Write(json, result);

        var all = new[] { result.Digital }.Concat(result.Curves).ToArray();
        var csv = new StringBuilder("curve,bits,epoch,accuracy\n");
        foreach (var curve in all)
        {
            for (var e = 0; e < curve.Accuracy.Count; e++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{curve.Name},{curve.Bits?.ToString(CultureInfo.InvariantCulture) ?? string.Empty},{e + 1},{curve.Accuracy[e]:R}\n");
            }
        }

        var csvPath = Path.Combine(folder, "results.csv");
        File.WriteAllText(csvPath, csv.ToString());

        var plot = new Plot();
        foreach (var curve in all)
        {
            var epochs = Enumerable.Range(1, curve.Accuracy.Count).Select(e => (double)e).ToArray();
            var line = plot.Add.Scatter(epochs, curve.Accuracy.Select(a => a * 100).ToArray());
            line.LegendText = curve.Bits is null ? "digital (same SGD)" : $"in memory, {curve.Bits} bits";
            // Solid lines only: Skia's SVG backend prints "Unsupported path effect" to stdout for dash patterns.
            line.LineWidth = curve.Bits is null ? 3 : 1.5f;
        }

        plot.Title($"{result.Model} on {result.Dataset}: in-memory training ({result.ErrorModelSource} error model)");
        plot.XLabel("epoch");
        plot.YLabel("test accuracy (%)");
        plot.ShowLegend(Alignment.LowerRight);
        var png = PlotFiles.Save(plot, Path.Combine(folder, "accuracy-vs-epoch"));
        return [json, csvPath, png];
    }
}
