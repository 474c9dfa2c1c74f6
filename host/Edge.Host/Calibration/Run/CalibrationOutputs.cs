// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Calibration.Plots;
using Edge.Host.ErrorModel;
using Edge.Host.Formats;
using Edge.Reports;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Writes everything a calibration leaves in its folder: summary.json, a CSV per trace and map, the paper's figures as
/// PNG and SVG (Fig. 2a-d, 3b-d, 4a-d), the table files in the shared binary formats, and programming-samples.csv for
/// <c>edge fit</c>.
/// </summary>
internal static class CalibrationOutputs
{
    /// <summary>Everything the run measured and derived.</summary>
    public sealed record Inputs(
        CalibrationContext Context,
        IReadOnlyList<SweepTrace> Sweeps,
        IReadOnlyList<EnduranceEntry> Endurance,
        ResistanceGrid Grid,
        IReadOnlyList<DeltaRMap> Maps,
        IReadOnlyList<FfpTableResult> Tables,
        RefinementPhase.Result Refinement,
        FfpTable Ffp,
        IReadOnlyList<FfpCyclePhase.Cycle> Cycles,
        IReadOnlyList<SegmentationResult> Segmentations,
        IReadOnlyList<(SegmentationResult Segmentation, List<ProgrammingResult> Results)> Programming,
        uint Generation,
        string BoardId,
        string DeviceFingerprint,
        bool Resumed,
        double SecondsWall,
        ArraySeekCalibration.Result Array,
        ArraySamples? ErrorSamples);

    /// <summary>The error model's programming samples from the array (seek scheme), the cells they span and their device time, s.</summary>
    public sealed record ArraySamples(
        IReadOnlyList<(SegmentationResult Segmentation, List<ProgrammingResult> Results)> Programming, int Cells, double DeviceSeconds);

    public static CalibrationSummary Write(Inputs x)
    {
        string dir = x.Context.OutDir;
        var s = x.Context.Settings;
        SweepCsv.Write(Path.Combine(dir, "sweeps.csv"), x.Sweeps, s.SweepWidthMs);
        DeltaRMapCsv.Write(Path.Combine(dir, "dr-maps.csv"), x.Maps);
        WriteCycles(Path.Combine(dir, "ffp-cycles.csv"), x.Cycles);
        WriteTables(Path.Combine(dir, "ffp-table.csv"), x.Tables);

        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            string name = DirectionNames.Of(direction);
            IdenticalPulsePlots.SaveCurves(x.Sweeps.Where(t => t.Direction == direction), direction, Path.Combine(dir, $"fig2a-identical-pulses-{name}"));
            DeltaRMapPlots.Save(x.Maps.First(m => m.Direction == direction), Path.Combine(dir, $"fig2{(direction == Direction.Potentiation ? 'c' : 'd')}-dr-map-{name}"));
            var trace = direction == Direction.Potentiation ? x.Cycles[0].Potentiation : x.Cycles[0].Depression;
            FfpPlots.SaveTrace(trace, Path.Combine(dir, $"fig3c-ffp-trace-{name}"));
        }

        IdenticalPulsePlots.SaveEndurance(x.Endurance, Path.Combine(dir, "fig2b-endurance"));
        FfpPlots.SaveTables(x.Tables, Path.Combine(dir, "fig3b-ffp-tables"));
        var largest = x.Segmentations.Where(g => g.Direction == Direction.Potentiation).MaxBy(g => g.Levels)!;
        FfpPlots.SaveSegmentation(x.Cycles[0].Potentiation, largest, Path.Combine(dir, "fig3d-segmentation"));
        LevelPlots.SaveLevelCurves(x.Segmentations, Path.Combine(dir, "fig4ab-level-curves"));

        var levels = new List<LevelSummary>();
        var samples = new List<LevelSample>();
        var levelFiles = new Dictionary<string, string>();
        uint generation = x.Generation;
        foreach (var (segmentation, results) in x.Programming)
        {
            string name = $"{segmentation.Levels}-{DirectionNames.Of(segmentation.Direction)}";
            var cpd = CpdReliability.Analyse(segmentation, results);
            LevelPlots.SaveCpd(cpd, Path.Combine(dir, $"fig4cd-cpd-{name}"));
            var fit = Nonlinearity.Fit(segmentation.Curve());
            levels.Add(new LevelSummary(segmentation.Levels, DirectionNames.Of(segmentation.Direction), segmentation.OccupiedCount, fit.Nu, fit.StandardError, fit.NonlinearityFactor, cpd.SkipProneCount, cpd.SkipProneLevels, results.Count));
            samples.AddRange(LevelSamples.From(segmentation, results));
            string file = $"levels-{name}.bin";
            TableFiles.WriteLevelProgram(Path.Combine(dir, file), segmentation.Program, generation);
            levelFiles[name] = file;
            WriteLevels(Path.Combine(dir, $"levels-{name}.csv"), segmentation, cpd);
        }

        // The error model is fitted from programming-samples.csv: the array's seek samples when taken (what a deployment
        // does), otherwise the single cell's ladder, which then also stays the CPD analysis' data.
        if (x.ErrorSamples is { } array)
        {
            LevelSamples.WriteCsv(Path.Combine(dir, ProgrammingSamplesCsv.LadderFileName), samples);
            LevelSamples.WriteCsv(Path.Combine(dir, ProgrammingSamplesCsv.FileName), array.Programming.SelectMany(p => LevelSamples.From(p.Segmentation, p.Results)));
        }
        else
        {
            LevelSamples.WriteCsv(Path.Combine(dir, ProgrammingSamplesCsv.FileName), samples);
        }

        TableFiles.WriteFfpTable(Path.Combine(dir, "ffp-table.bin"), x.Ffp, generation);
        var set = new TableSet { Ffp = x.Ffp, Generation = generation, Seek = x.Array.Seek, Array = x.Array.Corrections };
        foreach (var segmentation in x.Segmentations)
        {
            set.Programs.Add(segmentation.Program);
        }

        TableFiles.WriteTableSet(Path.Combine(dir, "table-set.bin"), set);

        List<FfpStepStatistics> CycleStats(Direction d) => x.Cycles
            .Select(c => FfpRefinement.Statistics(d == Direction.Potentiation ? c.Potentiation : c.Depression, x.Grid, s.WindowLowOhms, s.WindowHighOhms, true))
            .ToList();
        double Pulses(Func<FfpCyclePhase.Cycle, FfpTrace> pick, Func<IReadOnlyList<double>, double> stat) => stat(x.Cycles.Select(c => (double)FfpCyclePhase.PulseEvents(pick(c))).ToList());
        var byVolts = (Direction d) => s.VoltagesVolts.Select(v => x.Endurance.First(e => e.Direction == d && e.WriteVolts == v)).ToList();
        var summary = new CalibrationSummary
        {
            CalibrationId = x.Context.RunId,
            Device = new DeviceSummary(x.Grid.HighOhms, x.Grid.LowOhms, x.Grid.HighOhms / x.Grid.LowOhms),
            Sweep = new SweepSummary(
                s.VoltagesVolts,
                byVolts(Direction.Potentiation).Select(e => e.MeanPearson).ToList(),
                byVolts(Direction.Depression).Select(e => e.MeanPearson).ToList(),
                byVolts(Direction.Potentiation).Select(e => e.DynamicRangeOhms).ToList(),
                byVolts(Direction.Depression).Select(e => e.DynamicRangeOhms).ToList()),
            Ffp = new FfpSummary(
                [s.WindowLowOhms, s.WindowHighOhms],
                x.Cycles.Count,
                Pulses(c => c.Potentiation, Mean),
                Pulses(c => c.Potentiation, Std),
                Pulses(c => c.Depression, Mean),
                Pulses(c => c.Depression, Std),
                x.Tables[0].Issues.Count,
                x.Tables[1].Issues.Count,
                x.Tables[0].Grid.CellCount,
                CycleStats(Direction.Potentiation).Average(c => c.MedianStepOhms),
                CycleStats(Direction.Depression).Average(c => c.MedianStepOhms),
                CycleStats(Direction.Potentiation).Average(c => c.FractionInWindow),
                CycleStats(Direction.Depression).Average(c => c.FractionInWindow),
                x.Cycles.Average(c => c.Potentiation.MeanWritePowerWatts()) * 1000,
                x.Cycles.Average(c => c.Depression.MeanWritePowerWatts()) * 1000),
            Levels = levels,
            Refinement = new RefinementSummary(
                x.Refinement.Rounds.Count, x.Refinement.Converged, x.Refinement.Models.Sum(m => m.Observations.Count), x.Refinement.Rounds),
            Array = ArrayOutputs.Write(dir, x.Array),
            ErrorSamples = x.ErrorSamples is { } e
                ? new ErrorSamplesSummary("array-ffp-seek", e.Cells, s.ArraySamplesPerLevel, e.Programming.Sum(p => p.Results.Count), e.DeviceSeconds)
                : new ErrorSamplesSummary("ladder-single-cell", 1, s.SamplesPerLevel, x.Programming.Sum(p => p.Results.Count), null),
            Tables = new TablesSummary("ffp-table.bin", levelFiles, "table-set.bin", generation),
            DeviceSeconds = x.Context.DeviceSeconds,
            SecondsWall = x.SecondsWall,
            Seed = s.Seed,
            BoardId = x.BoardId,
            DeviceFingerprint = x.DeviceFingerprint,
            Resumed = x.Resumed,
            Settings = s,
        };
        JsonFiles.Write(Path.Combine(dir, CalibrationFolder.SummaryFileName), summary);
        return summary;
    }

    private static double Mean(IReadOnlyList<double> v) => v.Count == 0 ? double.NaN : v.Average();

    private static double Std(IReadOnlyList<double> v)
    {
        if (v.Count < 2)
        {
            return 0;
        }

        double m = v.Average();
        return Math.Sqrt(v.Sum(a => (a - m) * (a - m)) / (v.Count - 1));
    }

    private static void WriteCycles(string path, IReadOnlyList<FfpCyclePhase.Cycle> cycles) =>
        WriteCsv(path, "cycle,direction,event,resistance_ohm,write_volts", cycles.SelectMany((c, k) =>
            new[] { c.Potentiation, c.Depression }.SelectMany(t =>
                t.ResistancesOhms.Select((r, i) => Row(k, DirectionNames.Of(t.Direction), i, r, i < t.WriteVolts.Count ? t.WriteVolts[i] : 0.0)))));

    private static void WriteTables(string path, IEnumerable<FfpTableResult> tables) =>
        WriteCsv(path, "direction,low_ohm,high_ohm,write_volts,predicted_step_ohm", tables.SelectMany(t =>
            Enumerable.Range(0, t.Grid.CellCount).Select(c => Row(DirectionNames.Of(t.Direction), t.Grid.EdgesOhms[c], t.Grid.EdgesOhms[c + 1], t.CellVolts[c], t.PredictedStepOhms[c]))));

    private static void WriteLevels(string path, SegmentationResult g, CpdResult cpd)
    {
        var byLevel = cpd.PerLevel.ToDictionary(l => l.Level);
        WriteCsv(path, "level,target_ohm,reached_ohm,occupied,program_level,cpd80,skip_prone", Enumerable.Range(0, g.Levels).Select(k =>
            byLevel.TryGetValue(k, out var l)
                ? Row(k, g.TargetsOhms[k], g.ReachedOhms[k], g.Occupied[k], g.ProgramLevels[k], l.ValueAtProbability, l.SkipProne)
                : Row(k, g.TargetsOhms[k], g.ReachedOhms[k], g.Occupied[k], g.ProgramLevels[k], null, null)));
    }

    private static string Row(params object?[] values) =>
        string.Join(',', values.Select(v => v switch
        {
            null => string.Empty,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            bool b => b ? "1" : "0",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));

    private static void WriteCsv(string path, string header, IEnumerable<string> rows) => File.WriteAllLines(path, new[] { header }.Concat(rows));
}
