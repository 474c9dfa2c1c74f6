// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using Edge.Analog.Plan;
using Edge.Host.Formats;
using Edge.Reports;

namespace Edge.Host.ErrorModel;

/// <summary>What <c>edge fit</c> does: calibration directory in, error-model JSON and plots out.</summary>
public static class ErrorModelFitRun
{
    /// <summary>
    /// Reads <c>programming-samples.csv</c> and <c>summary.json</c> from <paramref name="calibrationDirectory"/>, fits
    /// <paramref name="levels"/> levels of <paramref name="direction"/>, writes <paramref name="outPath"/> and the plots
    /// next to it; returns the model and the PNG paths. With <paramref name="singleCellLadder"/> the fit uses the
    /// calibrated cell's ladder samples instead (<see cref="ProgrammingSamplesCsv.LadderFileName"/>, when the calibration
    /// took array samples): the model without cell-to-cell spread.
    /// </summary>
    public static (ProgramErrorModel Model, IReadOnlyList<string> Plots) Run(
        string calibrationDirectory, int levels, string direction, string outPath, ErrorModelFitOptions options, ulong plotSeed, bool singleCellLadder = false)
    {
        ArgumentNullException.ThrowIfNull(calibrationDirectory);
        var calibrationId = CalibrationFolder.ReadCalibrationId(calibrationDirectory);
        string ladder = Path.Combine(calibrationDirectory, ProgrammingSamplesCsv.LadderFileName);
        bool fromLadder = singleCellLadder && File.Exists(ladder);
        var samples = ProgrammingSamplesCsv.Load(fromLadder ? ladder : Path.Combine(calibrationDirectory, ProgrammingSamplesCsv.FileName));
        string? source = fromLadder
            ? $"ladder-single-cell: 1 cells, {samples.Count(s => s.Levels == levels && s.Direction == direction) / levels} per level"
            : CalibrationFolder.ReadSampleSource(calibrationDirectory);
        ProgramErrorModel model;
        using (var bar = new ProgressBar($"fit {levels} levels"))
        {
            // The bootstrap makes a 512-level fit take seconds to tens of seconds; levels finish on worker threads.
            var gate = new object();
            var progress = new InlineProgress<int>(done =>
            {
                lock (gate)
                {
                    bar.Update((double)done / levels, $"{done}/{levels} levels (fit and bootstrap KS)");
                }
            });
            model = ErrorModelFitter.Fit(samples, levels, direction, calibrationId, options, progress)
                .WithProvenance(Window(calibrationDirectory, levels, direction), source);
        }

        model.Save(outPath);
        var plots = ErrorModelPlots.Write(model, outPath, plotSeed, samples);
        return (model, plots);
    }

    /// <summary>The calibration's normalisation window for the level table of this fit, when the table is there.</summary>
    private static double[]? Window(string calibrationDirectory, int levels, string direction)
    {
        var shared = DirectionNames.TryParse(direction, out var d) ? d : throw new ArgumentException($"direction '{direction}': expected {DirectionNames.Potentiation} or {DirectionNames.Depression}.", nameof(direction));
        return File.Exists(CalibrationLevels.PathOf(calibrationDirectory, levels, shared))
            ? ErrorModelCalibrationMatch.WindowOhm(CalibrationLevels.Load(calibrationDirectory, levels, shared))
            : null;
    }
}
