// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Host.Formats;
using Edge.Reports;

namespace Edge.Host.Programming;

/// <summary>
/// <c>edge bench programming --tune</c>: grid-searches the write-verify settings on one level count and prints the best
/// ten, the best per pulse width, the current defaults and the worst three.
/// </summary>
public static class WriteVerifyTuning
{
    /// <summary>Runs the grid search on the calibration in <paramref name="dir"/>; returns the exit code (0).</summary>
    public static int Run(string dir, int levelCount, ProgrammingBenchOptions options, TextWriter output)
    {
        string setPath = ProgrammingBenchmark.TableSetPath(dir);
        var set = TableFiles.ReadTableSet(setPath);
        var ladder = LevelLadder.FromProgram(TableFiles.ReadLevelProgram(ProgrammingBenchmark.LevelProgramPath(dir, levelCount, options.Direction)));
        var grid = WriteVerifyTuner.DefaultGrid().ToList();
        using var bar = new ProgressBar("tune write-verify");
        var ranked = WriteVerifyTuner.Rank(File.ReadAllBytes(setPath), set.Generation, ladder, grid, options, (done, total) =>
            bar.Update((double)done / total, $"{done}/{total} candidates"));
        bar.Dispose();
        output.WriteLine($"write-verify grid search: {grid.Count} candidates, {options.Count} cells, {levelCount} levels ({ladder.LevelCount} in the program), seed {options.Seed}");
        output.WriteLine("rank  width_ms  start_v  step_v  hold_frac    reversal_factor  after_reversal  tolerance  within_half  rms     pulses  device_s  failed");
        var rankOf = ranked.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i + 1);
        void Row(WriteVerifyTuner.Candidate c)
        {
            var s = c.Settings;
            var t = c.Statistics;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rankOf[c],4}  {s.WidthMs,8}  {s.StartVolts,7}  {s.StepVolts,6}  {s.HoldIfClosedFraction,11}  {s.ReversalStepFactor,15}  {s.AfterReversal,14}  {s.ToleranceLevels,9}  {t.WithinHalfLevel,11:F3}  {t.LevelErrorRms,6:F3}  {t.PulsesPerCellMean,6:F1}  {t.DeviceSeconds,8:F0}  {t.CellsFailed,6}"));
        }

        ranked.Take(10).ToList().ForEach(Row);
        output.WriteLine("  best per pulse width:");
        ranked.GroupBy(c => c.Settings.WidthMs).Select(g => g.First()).OrderBy(c => c.Settings.WidthMs).ToList().ForEach(Row);
        output.WriteLine("  the current defaults:");
        ranked.Where(c => c.Settings == new WriteVerifySettings()).ToList().ForEach(Row);
        output.WriteLine("  worst three:");
        ranked.TakeLast(3).ToList().ForEach(Row);
        return 0;
    }
}
