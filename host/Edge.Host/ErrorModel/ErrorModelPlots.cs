// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Reports;
using ScottPlot;

namespace Edge.Host.ErrorModel;

/// <summary>
/// The error-model figures: paper Fig. 5a-c (ideal value against sampled actual value over the whole range, then
/// zoomed on HRS where device error dominates and on mid-range where quantisation dominates) and the fitted
/// loc, scale, nu and KS statistic against level.
/// </summary>
public static class ErrorModelPlots
{
    /// <summary>Ideal values drawn for Fig. 5a-c.</summary>
    public const int ScatterPoints = 20_000;

    /// <summary>
    /// Writes <c>{stem}-fig5a|fig5b|fig5c|loc|scale|nu|ks</c>, with bootstrap p-values <c>-ks-p</c> and with the samples
    /// the QQ plot <c>-qq</c>, as PNG and SVG and returns the PNG paths, where stem is <paramref name="jsonPath"/> without
    /// its extension. The scatter is seeded by <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<string> Write(ProgramErrorModel model, string jsonPath, ulong seed, IReadOnlyList<ProgrammingSample>? samples = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stem = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(jsonPath)) ?? ".", Path.GetFileNameWithoutExtension(jsonPath));
        var (ideal, actual) = SampleScatter(model, seed);
        var step = 1.0 / (model.Levels - 1);
        var zoomWidth = Math.Clamp(6 * step, 0.02, 0.2);
        var written = new List<string>
        {
            PlotFiles.Save(Scatter(model, ideal, actual, "Fig. 5a: sampled actual vs ideal value", null), stem + "-fig5a"),
            PlotFiles.Save(Scatter(model, ideal, actual, "Fig. 5b: HRS region (device error dominates)", (0, zoomWidth)), stem + "-fig5b"),
            PlotFiles.Save(Scatter(model, ideal, actual, "Fig. 5c: mid range (quantisation dominates)", (0.5 - (zoomWidth / 2), 0.5 + (zoomWidth / 2))), stem + "-fig5c"),
            PlotFiles.Save(PerLevel(model, model.Loc, "loc (normalised)", "t location of the program error"), stem + "-loc"),
            PlotFiles.Save(PerLevel(model, model.Scale, "scale (normalised)", "t scale, or the band's noise sigma"), stem + "-scale"),
            PlotFiles.Save(PerLevel(model, model.Nu.Select(Math.Log10).ToArray(), "log10 nu (3 = the normal-limit cap)", "t degrees of freedom"), stem + "-nu"),
            PlotFiles.Save(PerLevel(model, model.Ks, "KS statistic", "Kolmogorov-Smirnov statistic of each level's fit"), stem + "-ks"),
        };
        if (model.Band.Any(h => h > 0))
        {
            written.Add(PlotFiles.Save(PerLevel(model, model.Band, "band half-width (normalised; 0 = Student's t)", "seek-band half-width of the program error"), stem + "-band"));
        }

        if (model.KsP is { } p)
        {
            written.Add(PlotFiles.Save(PerLevel(model, p.Select(Math.Log10).ToArray(), "log10 bootstrap KS p (-1.3 = 0.05)", "parametric-bootstrap KS p-value"), stem + "-ks-p"));
        }

        if (samples is not null)
        {
            written.Add(ErrorModelQqPlot.Save(model, samples, stem + "-qq"));
        }

        return written;
    }

    /// <summary>
    /// Ideal values uniform in [0, 1], each quantised to the nearest ideal level k = round(y (n-1)) (the plot's own
    /// stand-in for the crossbar quantiser) and programmed through the sampler.
    /// </summary>
    private static (double[] Ideal, double[] Actual) SampleScatter(ProgramErrorModel model, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var ideal = new double[ScatterPoints];
        var levels = new int[ScatterPoints];
        for (var i = 0; i < ScatterPoints; i++)
        {
            ideal[i] = (rng.Next() >> 11) * (1.0 / (1UL << 53));
            levels[i] = (int)Math.Round(ideal[i] * (model.Levels - 1));
        }

        var programmed = new float[ScatterPoints];
        // All cores: building the per-level quantile tables is most of the cost (the samples are the same on any count).
        new ProgramErrorSampler(model).Sample(levels, programmed, seed);
        return (ideal, programmed.Select(v => (double)v).ToArray());
    }

    private static Plot Scatter(ProgramErrorModel model, double[] ideal, double[] actual, string title, (double From, double To)? zoom)
    {
        var plot = new Plot();
        var markers = plot.Add.Markers(ideal, actual, MarkerShape.FilledCircle, 2, Colors.Blue.WithAlpha(0.35));
        markers.LegendText = $"sampled actual ({model.Levels} levels, {model.Direction})";
        var line = plot.Add.Line(0, 0, 1, 1);
        line.Color = Colors.Red;
        line.LegendText = "ideal (y_actual = y_ideal)";
        plot.Title(title);
        plot.XLabel("y_ideal (normalised)");
        plot.YLabel("y_actual (normalised)");
        plot.ShowLegend(Alignment.UpperLeft);
        if (zoom is var (from, to))
        {
            var margin = 0.1 * (to - from);
            plot.Axes.SetLimits(from, to, from - margin, to + margin);
        }
        else
        {
            plot.Axes.SetLimits(0, 1, -0.05, 1.05);
        }

        return plot;
    }

    private static Plot PerLevel(ProgramErrorModel model, double[] values, string label, string title)
    {
        var plot = new Plot();
        var levels = Enumerable.Range(0, model.Levels).Select(k => (double)k).ToArray();
        plot.Add.Scatter(levels, values);
        if (model.Borrowed.Length > 0)
        {
            var borrowed = plot.Add.Markers(
                model.Borrowed.Select(k => (double)k).ToArray(), model.Borrowed.Select(k => values[k]).ToArray(), MarkerShape.OpenCircle, 8, Colors.Orange);
            borrowed.LegendText = "borrowed neighbours' samples";
            plot.ShowLegend();
        }

        plot.Title($"{title} ({model.Direction}, {model.Levels} levels)");
        plot.XLabel("level k");
        plot.YLabel(label);
        return plot;
    }
}
