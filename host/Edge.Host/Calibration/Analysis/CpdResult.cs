// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>CPD reliability of one segmentation's repeated programming (paper Fig. 4c/4d).</summary>
/// <param name="Direction">Programming direction.</param>
/// <param name="Levels">Requested level count n.</param>
/// <param name="Probability">The CPD at which levels are judged (paper: 0.8).</param>
/// <param name="PerLevel">Every level that has results, ascending by level.</param>
public sealed record CpdResult(Direction Direction, int Levels, double Probability, IReadOnlyList<CpdLevel> PerLevel)
{
    /// <summary>Levels whose normalised value at <see cref="Probability"/> exceeds 1.</summary>
    public IReadOnlyList<int> SkipProneLevels => PerLevel.Where(l => l.SkipProne).Select(l => l.Level).ToList();

    /// <summary>How many levels are skip-prone (paper: n = 32 -> 0; n = 512 -> 117 potentiation, 8 depression).</summary>
    public int SkipProneCount => PerLevel.Count(l => l.SkipProne);
}
