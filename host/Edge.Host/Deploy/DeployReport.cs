// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text.Json;
using Edge.Analog.Errors;
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using Edge.Analog.Plan;
using Edge.Host.ErrorModel;
using Edge.Reports;
using ScottPlot;

namespace Edge.Host.Deploy;

/// <summary>deploy.json (field names documented in docs/deployment.md), the per-layer CSV and the read-back plots.</summary>
public sealed record DeployReport
{
    public required int Cells { get; init; }

    public required string Scheme { get; init; }

    public required long PulsesTotal { get; init; }

    public required double PulsesPerCellMean { get; init; }

    public required int PulsesPerCellP99 { get; init; }

    public required double LevelErrorRms { get; init; }

    public required double WithinHalfLevel { get; init; }

    public required int CellsFailed { get; init; }

    public required int CellsUnread { get; init; }

    public required double DeviceSeconds { get; init; }

    public required double SecondsWall { get; init; }

    public required double DigitalAccuracy { get; init; }

    public required double SimulatedAccuracy { get; init; }

    public required double ReadbackAccuracy { get; init; }

    public required bool Resumed { get; init; }

    public required int Levels { get; init; }

    public required uint TableGeneration { get; init; }

    public required string PlanHash { get; init; }

    /// <summary>Test images the three accuracies were measured on (absent in reports written before it was recorded).</summary>
    public int? TestSamples { get; init; }

    /// <summary>The level error rms the error model predicts for this plan (<see cref="PredictedLevelError"/>), levels.</summary>
    public double? PredictedLevelErrorRms { get; init; }

    /// <summary>
    /// How far the measured level error rms may exceed the prediction before it is reported as above it: the
    /// prediction comes from a fitted model, so a few per cent either way is the model's accuracy, not a finding.
    /// </summary>
    public const double AbovePredictionFactor = 1.2;

    /// <summary>True when the measured level error rms exceeds the prediction by more than 20 % (a measurement, not a failure).</summary>
    public bool LevelErrorAbovePrediction => PredictedLevelErrorRms is double p && LevelErrorRms > AbovePredictionFactor * p;

    /// <summary>Device time in days (<see cref="DeviceSeconds"/> / 86,400): long deployments take years on one cell at a time.</summary>
    public double DeviceDays => DeviceSeconds / 86400;

    /// <summary>Computes the metrics and writes deploy.json, layers.csv and the plots into <paramref name="outDir"/>.</summary>
    public static DeployReport Write(
        string outDir,
        DeployPlan plan,
        IReadOnlyList<(DeviceStatus Status, int Pulses, double? ReadbackOhms)> results,
        ProgramErrorModel selected,
        CalibrationLevels calibration,
        string scheme,
        double deviceSeconds,
        double secondsWall,
        double digital,
        double simulated,
        double readback,
        bool resumed,
        uint generation,
        double? predictedLevelErrorRms = null,
        int? testSamples = null)
    {
        Directory.CreateDirectory(outDir);
        var reached = selected.Actual;
        var errors = new double[results.Count];
        var targetY = new double[results.Count];
        var readY = new double[results.Count];
        for (int i = 0; i < results.Count; i++)
        {
            var d = plan.Devices[i];
            targetY[i] = reached[d.Level];
            readY[i] = results[i].ReadbackOhms is double r && double.IsFinite(r) ? calibration.Normalise(r) : double.NaN;
            errors[i] = double.IsNaN(readY[i]) ? double.NaN : LevelPosition(reached, readY[i]) - d.Level;
        }

        var finite = errors.Where(double.IsFinite).ToArray();
        var pulses = results.Select(r => r.Pulses).Order().ToArray();
        var report = new DeployReport
        {
            Cells = results.Count,
            Scheme = scheme,
            PulsesTotal = pulses.Sum(p => (long)p),
            PulsesPerCellMean = pulses.Length == 0 ? 0 : pulses.Average(),
            PulsesPerCellP99 = pulses.Length == 0 ? 0 : pulses[Math.Min(pulses.Length - 1, (int)Math.Ceiling(0.99 * pulses.Length) - 1)],
            LevelErrorRms = finite.Length == 0 ? double.NaN : Math.Sqrt(finite.Average(e => e * e)),
            WithinHalfLevel = finite.Length == 0 ? 0 : finite.Count(e => Math.Abs(e) <= 0.5) / (double)finite.Length,
            CellsFailed = results.Count(r => r.Status == DeviceStatus.Failed),
            CellsUnread = errors.Length - finite.Length,
            DeviceSeconds = deviceSeconds,
            SecondsWall = secondsWall,
            DigitalAccuracy = digital,
            SimulatedAccuracy = simulated,
            ReadbackAccuracy = readback,
            Resumed = resumed,
            Levels = selected.Levels,
            TableGeneration = generation,
            PlanHash = plan.Hash,
            PredictedLevelErrorRms = predictedLevelErrorRms,
            TestSamples = testSamples,
        };
        JsonFiles.Write(Path.Combine(outDir, "deploy.json"), report);
        WriteLayers(Path.Combine(outDir, "layers.csv"), plan, results, errors);
        DeployCellsCsv.Write(Path.Combine(outDir, DeployCellsCsv.FileName), plan, results, errors);
        PlotTargets(targetY, readY, Path.Combine(outDir, "readback-vs-target"));
        PlotErrors(finite, Path.Combine(outDir, "level-error-histogram"));
        return report;
    }

    /// <summary>
    /// Reads the deploy.json in <paramref name="folder"/> (an <c>edge deploy --out</c> folder); a missing or malformed
    /// file is bad input naming it, and so is a deployment of other weights than <paramref name="weightsPath"/> (when
    /// given and the report records the deployed weights' hash).
    /// </summary>
    public static DeployReport Load(string folder, string? weightsPath = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string path = Directory.Exists(folder) ? Path.Combine(folder, "deploy.json") : folder;
        var report = JsonFiles.Read<DeployReport>(path);
        if (weightsPath is not null && File.Exists(weightsPath))
        {
            // One invocation may load several networks (edge bench twin): the weights must be among those it recorded.
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var deployed = json.RootElement.TryGetProperty("inputs", out var inputs) && inputs.ValueKind == JsonValueKind.Array
                ? inputs.EnumerateArray().Where(i => i.TryGetProperty("role", out var r) && r.GetString() == "weights" && i.TryGetProperty("sha256", out var h) && h.GetString() is not null).ToList()
                : [];
            string sha = RunProvenance.Sha256(weightsPath);
            if (deployed.Count > 0 && !deployed.Any(i => string.Equals(i.GetProperty("sha256").GetString(), sha, StringComparison.OrdinalIgnoreCase)))
            {
                string what = string.Join(", ", deployed.Select(i => $"{(i.TryGetProperty("path", out var p) ? p.GetString() : "weights")} (sha256 {i.GetProperty("sha256").GetString()})"));
                throw new EdgeException(ExitCode.BadInput, $"{path}: the deployment programmed {what}, not {weightsPath}; compare a simulation of the weights that were deployed.");
            }
        }

        return report;
    }

    /// <summary>Fractional level index of <paramref name="y"/> among the ascending reached levels (linear between neighbours).</summary>
    public static double LevelPosition(IReadOnlyList<double> reachedAscending, double y)
    {
        int n = reachedAscending.Count;
        if (y <= reachedAscending[0])
        {
            double step = reachedAscending[1] - reachedAscending[0];
            return step > 0 ? (y - reachedAscending[0]) / step : 0;
        }

        for (int k = 1; k < n; k++)
        {
            if (y <= reachedAscending[k])
            {
                double step = reachedAscending[k] - reachedAscending[k - 1];
                return step > 0 ? k - 1 + ((y - reachedAscending[k - 1]) / step) : k;
            }
        }

        double last = reachedAscending[n - 1] - reachedAscending[n - 2];
        return last > 0 ? n - 1 + ((y - reachedAscending[n - 1]) / last) : n - 1;
    }

    private static void WriteLayers(string path, DeployPlan plan, IReadOnlyList<(DeviceStatus Status, int Pulses, double? ReadbackOhms)> results, double[] errors)
    {
        var lines = new List<string> { "layer,name,devices,pulses_mean,pulses_total,level_error_rms,cells_failed" };
        foreach (var group in Enumerable.Range(0, results.Count).GroupBy(i => plan.Devices[i].Layer).OrderBy(g => g.Key))
        {
            var e = group.Select(i => errors[i]).Where(double.IsFinite).ToArray();
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{group.Key},{plan.LayerNames[group.Key]},{group.Count()},{group.Average(i => results[i].Pulses):F2},{group.Sum(i => (long)results[i].Pulses)},{(e.Length == 0 ? double.NaN : Math.Sqrt(e.Average(x => x * x))):F4},{group.Count(i => results[i].Status == DeviceStatus.Failed)}"));
        }

        File.WriteAllLines(path, lines);
    }

    private static void PlotTargets(double[] target, double[] read, string path)
    {
        var plot = new Plot();
        int stride = Math.Max(1, target.Length / 20000);
        var xs = target.Where((_, i) => i % stride == 0 && double.IsFinite(read[i])).ToArray();
        var ys = read.Where((v, i) => i % stride == 0 && double.IsFinite(v)).ToArray();
        var scatter = plot.Add.ScatterPoints(xs, ys);
        scatter.MarkerSize = 2;
        var line = plot.Add.Line(0, 0, 1, 1);
        line.Color = Colors.Black;
        plot.Title("Read back vs target (normalised device value)");
        plot.XLabel("target y (reached level)");
        plot.YLabel("read-back y");
        PlotFiles.Save(plot, path);
    }

    private static void PlotErrors(double[] errors, string path)
    {
        var plot = new Plot();
        if (errors.Length > 0)
        {
            // 0.1-level bins over the errors seen, at most +-5 levels (a cell further off is counted in the report).
            double low = Math.Floor(Math.Max(-5, errors.Min()) * 10) / 10;
            double high = Math.Ceiling(Math.Min(5, errors.Max()) * 10) / 10;
            int bins = Math.Max(1, (int)Math.Round((high - low) / 0.1));
            var (centers, counts, width) = HistogramPlot.Count(errors, low, Math.Max(high, low + 0.1), bins);
            HistogramPlot.Add(plot, centers, counts, width);
        }

        plot.Title("Programming error after deployment");
        plot.XLabel("error (levels)");
        plot.YLabel("cells");
        PlotFiles.Save(plot, path);
    }
}
