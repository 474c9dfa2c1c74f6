// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;
using Edge.Analog.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Reliability of level programming by cumulative probability (paper Fig. 4c/4d): each repeated result is placed
/// between its level (0) and the next level (1); a level is skip-prone when, at CPD = 80 %, its results already lie
/// beyond the next level.
/// </summary>
public static class CpdReliability
{
    /// <summary>The paper's judging probability.</summary>
    public const double DefaultProbability = 0.8;

    /// <summary>
    /// Normalised position of <paramref name="actualOhms"/> for requested level k: (R - r_a,k) / (r_next - r_a,k), where
    /// r_next is the reached value of the next occupied level in the programming direction. The signed denominator makes
    /// it direction-aware: 1 is always "one level further", negative values fell short. For the last level the
    /// previous step's size is used (there is no next level).
    /// </summary>
    public static double Normalise(SegmentationResult segmentation, int level, double actualOhms)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        if (level < 0 || level >= segmentation.Levels)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"expected 0 .. {segmentation.Levels - 1}");
        }

        var reached = segmentation.ProgramReachedOhms;
        int j = segmentation.ProgramLevels[level];
        double here = reached[j];
        double step = j + 1 < reached.Count ? reached[j + 1] - here : here - reached[j - 1];
        return (actualOhms - here) / step;
    }

    /// <summary>
    /// The inverse empirical CDF (numpy percentile method "inverted_cdf"): the smallest value whose empirical CDF
    /// i / N reaches <paramref name="probability"/>.
    /// </summary>
    public static double ValueAtProbability(IReadOnlyList<double> values, double probability)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        if (!(probability > 0) || !(probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "expected 0 < p <= 1");
        }

        var sorted = values.Order().ToArray();
        int rank = (int)Math.Ceiling((probability * sorted.Length) - 1e-12);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>Per-level CPD analysis of <paramref name="results"/> programmed with <paramref name="segmentation"/>'s levels.</summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.BadInput"/> for a level outside 0 .. n-1 or a non-finite reading.</exception>
    public static CpdResult Analyse(SegmentationResult segmentation, IEnumerable<ProgrammingResult> results, double probability = DefaultProbability)
    {
        ArgumentNullException.ThrowIfNull(segmentation);
        ArgumentNullException.ThrowIfNull(results);
        if (!(probability > 0) || !(probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "expected 0 < p <= 1");
        }

        var byLevel = new SortedDictionary<int, List<double>>();
        foreach (var result in results)
        {
            CheckResult(segmentation, result);
            if (!byLevel.TryGetValue(result.Level, out var list))
            {
                byLevel[result.Level] = list = new List<double>();
            }

            list.Add(Normalise(segmentation, result.Level, result.ActualOhms));
        }

        var levels = byLevel.Select(pair =>
        {
            pair.Value.Sort();
            double value = ValueAtProbability(pair.Value, probability);
            return new CpdLevel(pair.Key, pair.Value, value, value > 1.0);
        }).ToList();
        return new CpdResult(segmentation.Direction, segmentation.Levels, probability, levels);
    }

    internal static void CheckResult(SegmentationResult segmentation, ProgrammingResult result)
    {
        string name = $"{DirectionNames.Of(segmentation.Direction)} programming result (n = {segmentation.Levels})";
        if (result.Level < 0 || result.Level >= segmentation.Levels)
        {
            throw new EdgeException(ExitCode.BadInput, $"{name}: level {result.Level} is outside 0 .. {segmentation.Levels - 1}.");
        }

        if (!(result.ActualOhms > 0) || !double.IsFinite(result.ActualOhms))
        {
            throw new EdgeException(ExitCode.BadInput, $"{name}, level {result.Level}: {result.ActualOhms} ohm is not a positive finite resistance.");
        }
    }
}
