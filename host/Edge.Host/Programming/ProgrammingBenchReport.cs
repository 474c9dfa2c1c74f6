// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Reports;

namespace Edge.Host.Programming;

/// <summary>The results of the FFP versus write-verify comparison as JSON and as a table.</summary>
public static class ProgrammingBenchReport
{
    /// <summary>The JSON report of <c>edge bench programming --json</c> (field names documented in docs/performance.md).</summary>
    public static Dictionary<string, object?> Json(string dir, ProgrammingBenchOptions options, IReadOnlyList<LevelComparison> comparisons)
    {
        var finest = comparisons.MaxBy(c => c.Levels)!;
        return new Dictionary<string, object?>
        {
            ["benchmark"] = "programming",
            ["calibration"] = Path.GetFullPath(dir),
            ["count"] = options.Count,
            ["seed"] = options.Seed,
            ["direction"] = options.Direction.ToString().ToLowerInvariant(),
            ["finest_levels"] = finest.Levels,
            ["ffp"] = Scheme(finest.Ffp),
            ["write_verify"] = Scheme(finest.WriteVerify),
            ["ffp_seek"] = finest.Seek is null ? null : Scheme(finest.Seek),
            ["ratios"] = Ratios(finest),
            ["ffp_error_no_higher_with_no_more_pulses"] = Verdict(finest),
            ["write_verify_settings"] = options.WriteVerify,
            ["levels"] = comparisons.Select(c => new Dictionary<string, object?>
            {
                ["n"] = c.Levels,
                ["program_levels"] = c.ProgramLevels,
                ["ffp"] = Scheme(c.Ffp),
                ["write_verify"] = Scheme(c.WriteVerify),
                ["ffp_seek"] = c.Seek is null ? null : Scheme(c.Seek),
                ["ratios"] = Ratios(c),
                ["ffp_error_no_higher_with_no_more_pulses"] = Verdict(c),
            }).ToList(),
        };
    }

    private static Dictionary<string, object?> Scheme(SchemeRun run)
    {
        var s = run.Statistics;
        return new Dictionary<string, object?>
        {
            ["cells"] = s.Cells,
            ["width_ms"] = run.WidthMs,
            ["pulses_per_cell_mean"] = s.PulsesPerCellMean,
            ["reads_per_cell_mean"] = run.ReadsPerCellMean,
            ["pulses_per_cell_max"] = s.PulsesPerCellMax,
            ["level_error_rms"] = s.LevelErrorRms,
            ["level_error_rms_done"] = s.LevelErrorRmsDone,
            ["level_error_mean"] = s.LevelErrorMean,
            ["within_half_level"] = s.WithinHalfLevel,
            ["device_seconds"] = s.DeviceSeconds,
            ["energy_joules"] = run.EnergyJoules,
            ["cells_failed"] = s.CellsFailed,
            ["ledger_pulses"] = run.LedgerPulses,
            ["seconds_wall"] = run.SecondsWall,
        };
    }

    private static Dictionary<string, double> Ratios(LevelComparison c) => new()
    {
        ["pulses_per_cell_mean"] = c.Ffp.Statistics.PulsesPerCellMean / c.WriteVerify.Statistics.PulsesPerCellMean,
        ["level_error_rms"] = c.Ffp.Statistics.LevelErrorRms / c.WriteVerify.Statistics.LevelErrorRms,
        ["within_half_level"] = c.Ffp.Statistics.WithinHalfLevel / c.WriteVerify.Statistics.WithinHalfLevel,
        ["device_seconds"] = c.Ffp.Statistics.DeviceSeconds / c.WriteVerify.Statistics.DeviceSeconds,
    };

    private static bool Verdict(LevelComparison c) =>
        c.Ffp.Statistics.LevelErrorRms <= c.WriteVerify.Statistics.LevelErrorRms
        && c.Ffp.Statistics.PulsesPerCellMean <= c.WriteVerify.Statistics.PulsesPerCellMean;

    /// <summary>The human table: one row per scheme and level count, and the FFP/write-verify ratios.</summary>
    public static void WriteTable(TextWriter output, string dir, ProgrammingBenchOptions options, IReadOnlyList<LevelComparison> comparisons)
    {
        output.WriteLine($"FFP vs write-verify: {options.Count} cells, {options.Direction.ToString().ToLowerInvariant()}, seed {options.Seed}, calibration {dir}");
        output.WriteLine("levels (program)  scheme        pulses/cell  rms error  rms (done)  within 1/2  device time  failed");
        foreach (var c in comparisons)
        {
            foreach (var run in new[] { c.Ffp, c.WriteVerify, c.Seek }.OfType<SchemeRun>())
            {
                var s = run.Statistics;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Levels,6} ({c.ProgramLevels,4})     {run.Scheme,-12}  {s.PulsesPerCellMean,11:F1}  {s.LevelErrorRms,9:F3}  {s.LevelErrorRmsDone,10:F3}  {s.WithinHalfLevel * 100,9:F1}%  {ProgressBar.FormatDuration(s.DeviceSeconds),11}  {s.CellsFailed,6}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{string.Empty,18}ffp/wv ratio: pulses {c.Ffp.Statistics.PulsesPerCellMean / c.WriteVerify.Statistics.PulsesPerCellMean:F2}, rms error {c.Ffp.Statistics.LevelErrorRms / c.WriteVerify.Statistics.LevelErrorRms:F2}, device time {c.Ffp.Statistics.DeviceSeconds / c.WriteVerify.Statistics.DeviceSeconds:F2}"));
        }
    }
}
