// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>
/// Grid search of the write-verify settings on a virtual device (docs/programming.md, "Tuning"): every candidate
/// programs the same random targets on a fresh board; candidates are ranked by the fraction of cells within half a
/// level (in steps of 1 %), then by pulses per cell, then by device time. The tuning seed should differ from the
/// seed the comparison is reported with, so the baseline is not fitted to the very cells it is scored on.
/// </summary>
public static class WriteVerifyTuner
{
    /// <summary>One candidate and its figures.</summary>
    public sealed record Candidate(WriteVerifySettings Settings, ProgrammingStatistics Statistics);

    /// <summary>
    /// The default grid (5760 candidates): width, start amplitude, step, hold threshold, reversal step factor, amplitude
    /// policy after a reversal, and the acceptance tolerance of the verify read (0.5 level accepts values that an
    /// independent read-back then finds just outside; a tighter acceptance trades pulses for that margin).
    /// </summary>
    public static IEnumerable<WriteVerifySettings> DefaultGrid()
    {
        foreach (double width in new[] { 10.0, 30.0, 100.0, 300.0, 2000.0 })
        {
            foreach (double start in new[] { 1.0, 1.5, 2.0, 3.0 })
            {
                foreach (double step in new[] { 0.1, 0.2, 0.4, 0.8 })
                {
                    foreach (double hold in new[] { 1.0, 0.3, 0.1, 0.03 })
                    {
                        foreach (double factor in new[] { 0.5, 1.0 })
                        {
                            foreach (var policy in new[] { ReversalAmplitude.Restart, ReversalAmplitude.Resume, ReversalAmplitude.Mirror })
                            {
                                foreach (double tolerance in new[] { 0.5, 0.4, 0.3 })
                                {
                                    yield return new WriteVerifySettings
                                    {
                                        WidthMs = width,
                                        StartVolts = start,
                                        StepVolts = step,
                                        HoldIfClosedFraction = hold,
                                        ReversalStepFactor = factor,
                                        AfterReversal = policy,
                                        ToleranceLevels = tolerance,
                                    };
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Scores every candidate and returns them best first.</summary>
    /// <param name="tableSetImage">The calibration's table set (uploaded so the boards match the bench's).</param>
    /// <param name="generation">Its generation.</param>
    /// <param name="ladder">The ladder to tune on (the finest level count: the hardest tolerance).</param>
    /// <param name="candidates">Settings to try.</param>
    /// <param name="options">Bench settings (count, seed, device, direction).</param>
    /// <param name="progress">Called after each candidate with (done, total).</param>
    public static IReadOnlyList<Candidate> Rank(
        byte[] tableSetImage,
        uint generation,
        LevelLadder ladder,
        IReadOnlyList<WriteVerifySettings> candidates,
        ProgrammingBenchOptions options,
        Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);
        if (ladder.Direction != options.Direction)
        {
            throw new ArgumentException($"the ladder programs {ladder.Direction} but the options initialise for {options.Direction}.", nameof(ladder));
        }

        var levels = ProgrammingBenchmark.RandomLevels(options.Count, ladder.LevelCount, options.Seed);
        var targets = levels.Select((level, cell) => CellTarget.For(ladder, cell, level)).ToArray();
        var results = new List<Candidate>(candidates.Count);
        foreach (var settings in candidates)
        {
            var run = ProgrammingBenchmark.Run(tableSetImage, generation, targets, options, b => new WriteVerifyProgrammer(b, ladder, settings));
            results.Add(new Candidate(settings, run.Statistics));
            progress?.Invoke(results.Count, candidates.Count);
        }

        return results
            .OrderByDescending(c => Math.Floor(c.Statistics.WithinHalfLevel * 100))
            .ThenBy(c => c.Statistics.PulsesPerCellMean)
            .ThenBy(c => c.Statistics.DeviceSeconds)
            .ToList();
    }
}
