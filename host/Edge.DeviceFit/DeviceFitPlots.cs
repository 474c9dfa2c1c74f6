// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.DeviceFit.Fitting;
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Reports;
using Edge.Shared.Formats;
using ScottPlot;

namespace Edge.DeviceFit;

/// <summary>Measured sweeps (solid) overlaid with the fitted device's mean curves (dashed), one figure per direction.</summary>
public static class DeviceFitPlots
{
    /// <summary>Writes <c>{pathWithoutExtension}.png</c> and <c>.svg</c> for one direction; returns the PNG path.</summary>
    public static string SaveOverlay(IReadOnlyList<MeasuredSweep> sweeps, DeviceParameters device, Direction direction, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        var runs = sweeps.Where(s => s.Direction == direction).OrderBy(s => s.Volts).ThenBy(s => s.WidthMs).ThenBy(s => s.Repetition).ToList();
        var conditions = runs.Select(s => s.Condition).Distinct().ToList();
        var cell = SweepModel.NominalCell(device);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category20();
        foreach (var run in runs)
        {
            var line = plot.Add.Scatter(Pulses(run.ResistancesOhms.Count), run.ResistancesOhms.ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 1;
            line.Color = palette.GetColor(conditions.IndexOf(run.Condition)).WithAlpha(0.6);
        }

        foreach (var condition in conditions)
        {
            var group = runs.Where(r => r.Condition == condition).ToList();
            double start = group.Average(r => r.ResistancesOhms[0]);
            var template = group[0] with { ResistancesOhms = Enumerable.Repeat(start, group.Max(r => r.ResistancesOhms.Count)).ToArray() };
            double[] model = SweepModel.Predict(cell, template);
            var curve = plot.Add.Scatter(Pulses(model.Length), model);
            curve.MarkerSize = 0;
            curve.LineWidth = 2;
            curve.LinePattern = LinePattern.Dashed;
            curve.Color = palette.GetColor(conditions.IndexOf(condition));
            curve.LegendText = conditions.Select(c => c.WidthMs).Distinct().Count() > 1
                ? $"{condition.Volts:0.0#} V, {condition.WidthMs:0.#} ms"
                : $"{condition.Volts:0.0#} V";
        }

        plot.Title($"Identical pulses, {DirectionNames.Of(direction)}: measured (solid) and fitted model (dashed)");
        plot.XLabel("pulse number");
        plot.YLabel("R (ohm)");
        plot.ShowLegend(ScottPlot.Edge.Right);
        return PlotFiles.Save(plot, pathWithoutExtension, 1000, 650);
    }

    private static double[] Pulses(int count) => Enumerable.Range(0, count).Select(i => (double)i).ToArray();
}
