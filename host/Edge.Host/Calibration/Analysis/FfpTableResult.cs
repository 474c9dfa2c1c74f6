// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>An FFP voltage table of one direction with the evidence behind every cell.</summary>
/// <param name="Table">The table as the controller stores it (mOhm edges, mV per cell, width, stop bound).</param>
/// <param name="Grid">The resistance cells, ohm.</param>
/// <param name="CellVolts">The voltage chosen per cell before rounding to mV, V.</param>
/// <param name="PredictedStepOhms">The step the chosen voltage is expected to give per cell (null for NoData cells), ohm.</param>
/// <param name="Issues">Cells whose step is outside the window, with the voltage they got.</param>
/// <param name="UncoveredRanges">Adjacent issue cells merged into resistance ranges.</param>
/// <param name="Options">The options used.</param>
public sealed record FfpTableResult(
    FfpDirectionTable Table,
    ResistanceGrid Grid,
    IReadOnlyList<double> CellVolts,
    IReadOnlyList<double?> PredictedStepOhms,
    IReadOnlyList<FfpCellIssue> Issues,
    IReadOnlyList<UncoveredRange> UncoveredRanges,
    FfpTableOptions Options)
{
    /// <summary>Programming direction.</summary>
    public Direction Direction => Table.Direction;

    /// <summary>Cells whose predicted step lies in the window.</summary>
    public int CoveredCellCount => Grid.CellCount - Issues.Count;

    /// <summary>Adjacent issue cells of the same kind merged into resistance ranges.</summary>
    internal static List<UncoveredRange> Merge(IReadOnlyList<FfpCellIssue> issues)
    {
        var ranges = new List<UncoveredRange>();
        for (int i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            bool continues = i > 0 && issues[i - 1].Cell == issue.Cell - 1 && issues[i - 1].Kind == issue.Kind;
            if (continues)
            {
                ranges[^1] = ranges[^1] with { HighOhms = issue.HighOhms };
            }
            else
            {
                ranges.Add(new UncoveredRange(issue.LowOhms, issue.HighOhms, issue.Kind));
            }
        }

        return ranges;
    }
}
