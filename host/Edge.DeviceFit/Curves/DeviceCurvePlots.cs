// SPDX-License-Identifier: MIT
using Edge.Reports;
using ScottPlot;

namespace Edge.DeviceFit.Curves;

/// <summary>The two figures of a <see cref="DeviceCurves"/> experiment: R versus pulse and heat-sink rise versus pulse, one line per width.</summary>
public static class DeviceCurvePlots
{
    /// <summary>Writes <c>{prefix}-resistance</c> and <c>{prefix}-temperature</c> (.png and .svg); returns the PNG paths.</summary>
    public static IReadOnlyList<string> Save(IReadOnlyList<DeviceCurves.Run> runs, double volts, string prefix)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return
        [
            SaveOne(runs, r => r.ResistancesOhms, $"Identical {volts:+0.0#;-0.0#} V pulses after initialisation", "R (ohm)", prefix + "-resistance"),
            SaveOne(runs, r => r.RiseKelvin, "Heat sink above ambient (Joule heating V^2 w / R, cooling between pulses)", "temperature rise (K)", prefix + "-temperature"),
        ];
    }

    private static string SaveOne(IReadOnlyList<DeviceCurves.Run> runs, Func<DeviceCurves.Run, IReadOnlyList<double>> values, string title, string yLabel, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < runs.Count; i++)
        {
            var y = values(runs[i]).ToArray();
            var line = plot.Add.Scatter(Enumerable.Range(0, y.Length).Select(p => (double)p).ToArray(), y);
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.Color = palette.GetColor(i);
            line.LegendText = $"{runs[i].WidthMs:0.#} ms";
        }

        plot.Title(title);
        plot.XLabel("pulse number (0 = after initialisation)");
        plot.YLabel(yLabel);
        plot.ShowLegend(ScottPlot.Edge.Right);
        return PlotFiles.Save(plot, path, 900, 550);
    }
}
