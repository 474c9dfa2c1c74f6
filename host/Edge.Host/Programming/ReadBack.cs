// SPDX-License-Identifier: MIT
using Edge.Host.Link;

namespace Edge.Host.Programming;

/// <summary>
/// The independent read after programming. A scheme's own last read is the one that happened to satisfy its stop rule
/// (read noise included); what the cell holds is a fresh read, which is what benchmarks score every scheme by.
/// </summary>
public static class ReadBack
{
    /// <summary>
    /// Reads every outcome's cell once and returns the outcomes with that resistance and its level error; a saturated
    /// read fails the cell.
    /// </summary>
    public static ProgrammingOutcome[] Apply(BoardClient board, LevelLadder ladder, IReadOnlyList<ProgrammingOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return [];
        }

        var reads = board.Read(outcomes.Select(o => o.Cell).ToArray());
        return outcomes.Select((o, i) => reads[i].Saturated
            ? o with { Status = ProgrammingStatus.Failed, FinalOhms = double.NaN, LevelError = double.NaN, Reason = "the read-back saturated" }
            : o with { FinalOhms = reads[i].ResistanceOhms, LevelError = ladder.LevelError(o.Level, reads[i].ResistanceOhms) }).ToArray();
    }
}
