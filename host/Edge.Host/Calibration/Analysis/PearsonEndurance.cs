// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Cycle-to-cycle endurance of identical-pulse runs (paper eq. 1, Fig. 2b): how well the last repetition's R curve
/// correlates with each earlier one, against the dynamic range the runs sweep. A larger range costs endurance.
/// </summary>
public static class PearsonEndurance
{
    /// <summary>
    /// Pearson correlation coefficient rho_xy of eq. 1. Returns false (and 0) when either array has zero variance,
    /// where the coefficient is undefined.
    /// </summary>
    /// <param name="x">First array (length n &gt;= 2).</param>
    /// <param name="y">Second array, same length.</param>
    /// <param name="rho">The coefficient in [-1, 1].</param>
    public static bool TryPearson(IReadOnlyList<double> x, IReadOnlyList<double> y, out double rho)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"arrays differ in length ({x.Count} vs {y.Count})", nameof(y));
        }

        if (x.Count < 2)
        {
            throw new ArgumentException("at least 2 values are needed", nameof(x));
        }

        double meanX = x.Average();
        double meanY = y.Average();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        if (sxx == 0 || syy == 0)
        {
            rho = 0;
            return false;
        }

        rho = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
        return true;
    }

    /// <summary>
    /// Groups the runs by (direction, voltage) and computes each condition's mean Pearson to the last repetition and
    /// its dynamic range. Ordered by direction, then voltage.
    /// </summary>
    /// <exception cref="EdgeException">
    /// <see cref="ExitCode.BadInput"/> when a condition has fewer than 2 repetitions, repetitions of different lengths,
    /// a repeated repetition number, or a non-finite read.
    /// </exception>
    public static IReadOnlyList<EnduranceEntry> Analyse(IEnumerable<SweepTrace> traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var entries = new List<EnduranceEntry>();
        foreach (var group in traces.GroupBy(t => (t.Direction, t.WriteVolts)).OrderBy(g => g.Key.Direction).ThenBy(g => g.Key.WriteVolts))
        {
            entries.Add(AnalyseCondition(group.Key.Direction, group.Key.WriteVolts, group.OrderBy(t => t.Repetition).ToList()));
        }

        return entries;
    }

    private static EnduranceEntry AnalyseCondition(Direction direction, double writeVolts, List<SweepTrace> runs)
    {
        string condition = $"{DirectionNames.Of(direction)} sweep at {writeVolts} V";
        if (runs.Count < 2)
        {
            throw new EdgeException(ExitCode.BadInput, $"{condition}: {runs.Count} repetition(s); the Pearson endurance metric needs at least 2.");
        }

        for (int i = 0; i < runs.Count; i++)
        {
            SweepChecks.Check(runs[i], condition);
            if (i > 0 && runs[i].Repetition == runs[i - 1].Repetition)
            {
                throw new EdgeException(ExitCode.BadInput, $"{condition}: repetition {runs[i].Repetition} appears twice.");
            }

            if (runs[i].ResistancesOhms.Count != runs[0].ResistancesOhms.Count)
            {
                throw new EdgeException(
                    ExitCode.BadInput,
                    $"{condition}: repetition {runs[i].Repetition} has {runs[i].ResistancesOhms.Count} reads, repetition {runs[0].Repetition} has {runs[0].ResistancesOhms.Count}; Pearson needs equal lengths.");
            }
        }

        var last = runs[^1].ResistancesOhms;
        var pearson = new double?[runs.Count - 1];
        for (int i = 0; i < runs.Count - 1; i++)
        {
            pearson[i] = TryPearson(last, runs[i].ResistancesOhms, out double rho) ? rho : null;
        }

        var defined = pearson.Where(p => p.HasValue).Select(p => p!.Value).ToList();
        double? mean = defined.Count > 0 ? defined.Average() : null;
        double range = runs.Average(r => Math.Max(r.InitialOhms, r.ResistancesOhms.Max()) - Math.Min(r.InitialOhms, r.ResistancesOhms.Min()));
        return new EnduranceEntry(direction, writeVolts, runs.Count, pearson, mean, range);
    }
}
