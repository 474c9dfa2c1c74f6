// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Reports;
using ScottPlot;

namespace Edge.Host.Calibration.Plots;

/// <summary>Paper Fig. 4: level-step curves with their nu fits (4a/4b) and CPD curves with skip-prone levels (4c/4d).</summary>
public static class LevelPlots
{
    /// <summary>
    /// Fig. 4a/4b: y against x = n_i / n for each segmentation (e.g. n = 32, 128, 512 of one direction), each with its
    /// fitted eq. 2/3 curve and nu in the legend.
    /// </summary>
    public static string SaveLevelCurves(IReadOnlyList<SegmentationResult> segmentations, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(segmentations);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < segmentations.Count; i++)
        {
            var curve = segmentations[i].Curve();
            var fit = Nonlinearity.Fit(curve);
            var points = plot.Add.ScatterPoints(curve.X.ToArray(), curve.Y.ToArray());
            points.MarkerSize = 3;
            points.Color = palette.GetColor(i);
            points.LegendText = $"n = {segmentations[i].Levels}: nu = {fit.Nu:0.###e+0}, NLF = {fit.NonlinearityFactor:0.####}";
            var xs = Enumerable.Range(0, 201).Select(k => k / 200.0).ToArray();
            var model = plot.Add.Scatter(xs, xs.Select(x => Nonlinearity.Model(curve.Direction, fit.Nu, x)).ToArray());
            model.MarkerSize = 0;
            // Solid, thinner line in the points' colour: ScottPlot's SVG export cannot draw dash patterns and prints
            // "Unsupported path effect in addPaint" for every dashed line.
            model.Color = palette.GetColor(i).WithAlpha(0.7);
            model.LineWidth = 1;
        }

        string direction = segmentations.Count > 0 ? DirectionNames.Of(segmentations[0].Direction) : string.Empty;
        plot.Title($"Level steps, {direction}");
        plot.XLabel("pulse event n_i / n");
        plot.YLabel("y = (R_max - R) / (R_max - R_min)");
        plot.ShowLegend();
        return PlotFiles.Save(plot, pathWithoutExtension);
    }

    /// <summary>
    /// Fig. 4c/4d: the empirical CDF of every level's normalised results (skip-prone levels in red), the next level at
    /// x = 1 (black) and the judging probability (orange) as solid lines.
    /// </summary>
    public static string SaveCpd(CpdResult cpd, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(cpd);
        var plot = new Plot();
        foreach (var level in cpd.PerLevel)
        {
            int count = level.Normalised.Count;
            var line = plot.Add.Scatter(level.Normalised.ToArray(), Enumerable.Range(1, count).Select(i => (double)i / count).ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.Color = level.SkipProne ? Colors.Red.WithAlpha(0.8) : Colors.SteelBlue.WithAlpha(0.4);
        }

        // Solid reference lines in their own colours (no dash pattern: ScottPlot's SVG export prints "Unsupported path
        // effect in addPaint" for dashed lines).
        var next = plot.Add.VerticalLine(1.0);
        next.Color = Colors.Black;
        next.LineWidth = 1;
        var judged = plot.Add.HorizontalLine(cpd.Probability);
        judged.Color = Colors.DarkOrange;
        judged.LineWidth = 1;
        plot.Title($"CPD, {DirectionNames.Of(cpd.Direction)}, n = {cpd.Levels}: {cpd.SkipProneCount} of {cpd.PerLevel.Count} levels skip-prone");
        plot.XLabel("normalised resistance level (0 = this level, 1 = next)");
        plot.YLabel("cumulative probability");
        return PlotFiles.Save(plot, pathWithoutExtension);
    }
}
