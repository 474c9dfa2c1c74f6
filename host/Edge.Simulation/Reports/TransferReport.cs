// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text;
using Edge.Analog.Formats;
using Edge.Reports;
using Edge.Simulation.Transfer;
using ScottPlot;

namespace Edge.Simulation.Reports;

/// <summary>Writes a weight-transfer run: results.json, results.csv and accuracy-vs-bits.png/.svg (like paper Fig. 6d).</summary>
public static class TransferReport
{
    /// <summary>Writes the three files into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(TransferResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "results.json");
        JsonFiles.Write(json, result);

        var csv = new StringBuilder("bits,levels,accuracy_mean,accuracy_std,trials,digital_accuracy\n");
        foreach (var p in result.Points)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{p.Bits},{p.Levels},{p.AccuracyMean:R},{p.AccuracyStd:R},{p.Trials},{result.DigitalAccuracy:R}\n");
        }

        var csvPath = Path.Combine(folder, "results.csv");
        File.WriteAllText(csvPath, csv.ToString());

        var plot = new Plot();
        var bits = result.Points.Select(p => (double)p.Bits).ToArray();
        var means = result.Points.Select(p => p.AccuracyMean * 100).ToArray();
        var stds = result.Points.Select(p => p.AccuracyStd * 100).ToArray();
        var analog = plot.Add.Scatter(bits, means);
        analog.LegendText = $"{result.Model} weight transfer ({result.Cells}, {result.Range}; error model {result.ErrorModelSource})";
        plot.Add.ErrorBar(bits, means, stds);
        if (result.Readback is { } readback)
        {
            var board = plot.Add.ScatterPoints(new double[] { readback.Bits }, new[] { readback.ReadbackAccuracy * 100 });
            board.MarkerSize = 10;
            board.MarkerShape = MarkerShape.OpenDiamond;
            board.LegendText = $"read back from the deployment ({readback.Bits} bits)";
        }

        var digital = plot.Add.HorizontalLine(result.DigitalAccuracy * 100);
        // Solid: Skia's SVG backend prints "Unsupported path effect" to stdout for dash patterns.
        digital.LineWidth = 2;
        digital.LegendText = $"digital {result.DigitalAccuracy * 100:F1} %";
        plot.Title($"{result.Model} on {result.Dataset}: accuracy vs bits");
        plot.XLabel("bits per device (2^b levels)");
        plot.Axes.Bottom.TickGenerator = BitTicks(bits);
        plot.YLabel("test accuracy (%)");
        // Below the axes: accuracies sit anywhere in the frame, so a legend inside would cover points.
        plot.ShowLegend(ScottPlot.Edge.Bottom);
        var png = PlotFiles.Save(plot, Path.Combine(folder, "accuracy-vs-bits"));
        return [json, csvPath, png];
    }

    /// <summary>Bits are whole numbers: one tick per simulated bit count, never a half bit.</summary>
    public static ScottPlot.TickGenerators.NumericManual BitTicks(IEnumerable<double> bits)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var b in bits.Distinct().Order())
        {
            ticks.AddMajor(b, b.ToString(CultureInfo.InvariantCulture));
        }

        return ticks;
    }
}
