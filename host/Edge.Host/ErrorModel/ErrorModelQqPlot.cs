// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Reports;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace Edge.Host.ErrorModel;

/// <summary>
/// The QQ plot of a fitted model against the samples it was fitted from. Every error is mapped through its own level's
/// fitted t CDF and then the standard normal's inverse CDF, so all levels share one axis: if each level's t is right,
/// the pooled points lie on the diagonal whatever loc, scale and nu the levels have. Tails bending away from it show
/// tails the fits get wrong. The level with the lowest bootstrap p-value is drawn on its own as well.
/// </summary>
public static class ErrorModelQqPlot
{
    /// <summary>Writes <paramref name="pathWithoutExtension"/>.png and .svg; returns the PNG path.</summary>
    public static string Save(ProgramErrorModel model, IReadOnlyList<ProgrammingSample> samples, string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(samples);
        var byLevel = Enumerable.Range(0, model.Levels).Select(_ => new List<double>()).ToArray();
        foreach (var s in samples.Where(s => s.Direction == model.Direction && s.Levels == model.Levels))
        {
            byLevel[s.Level].Add(NormalScore(model, s.Level, s.Error));
        }

        var plot = new Plot();
        var (x, y) = QuantilePairs(byLevel.SelectMany(l => l));
        var pooled = plot.Add.Markers(x, y, MarkerShape.FilledCircle, 2, Colors.Blue.WithAlpha(0.4));
        pooled.LegendText = $"all levels ({x.Length} errors)";
        if (model.KsP is { } p)
        {
            int worst = Array.IndexOf(p, p.Min());
            var (wx, wy) = QuantilePairs(byLevel[worst]);
            var marked = plot.Add.Markers(wx, wy, MarkerShape.OpenCircle, 7, Colors.Red);
            marked.LegendText = $"level {worst} (lowest bootstrap p = {p[worst]:G2})";
        }

        double limit = Math.Max(4, x.Length == 0 ? 4 : Math.Max(Math.Abs(x[0]), Math.Abs(x[^1])));
        var line = plot.Add.Line(-limit, -limit, limit, limit);
        line.Color = Colors.Black;
        line.LegendText = "fitted error is exact";
        plot.Title($"QQ: errors through their level's fitted error ({model.Direction}, {model.Levels} levels)");
        plot.XLabel("standard normal quantile");
        plot.YLabel("normal score of the error");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.SetLimits(-limit, limit, -limit - 2, limit + 2);
        return PlotFiles.Save(plot, pathWithoutExtension);
    }

    private static double NormalScore(ProgramErrorModel model, int k, double error)
    {
        // Clamp the probability so a far outlier plots at the edge instead of at infinity.
        double u = Math.Clamp(LevelErrorDistribution.Cdf(model.Loc[k], model.Scale[k], model.Nu[k], model.Band[k], error), 1e-9, 1 - 1e-9);
        return Normal.InvCDF(0, 1, u);
    }

    private static (double[] Theoretical, double[] Observed) QuantilePairs(IEnumerable<double> scores)
    {
        var sorted = scores.Order().ToArray();
        var theoretical = new double[sorted.Length];
        for (int i = 0; i < sorted.Length; i++)
        {
            theoretical[i] = Normal.InvCDF(0, 1, (i + 0.5) / sorted.Length);
        }

        return (theoretical, sorted);
    }
}
