// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;
using Edge.Host.Link;
using Edge.Host.Programming;
using Edge.Shared.Formats;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Deploy;

/// <summary>
/// The write-verify baseline as a deployment scheme: the host-driven incremental-step loop of
/// <see cref="WriteVerifyProgrammer"/> (the tuned baseline of <c>edge bench programming</c>) on the level program's
/// targets. Re-sending a batch re-reads each cell first, so a cell already within tolerance gets no pulse.
/// </summary>
public sealed class WriteVerifyBatch(WriteVerifyProgrammer programmer) : IBatchProgrammer
{
    /// <inheritdoc/>
    public int MaxBatch => ProgramLevelRequest.MaxItems;

    /// <inheritdoc/>
    public string Scheme => "write-verify";

    /// <summary>A write-verify scheme on a ladder of level targets.</summary>
    public static WriteVerifyBatch Create(BoardClient board, LevelLadder ladder) => new(new WriteVerifyProgrammer(board, ladder));

    /// <summary>Write-verify runs on the host: there is no board job to ask, so an interrupted batch is re-sent (each
    /// cell is read first; one already within tolerance gets no pulse).</summary>
    public IReadOnlyList<CellOutcome>? Recover(int job, IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch) => null;

    /// <inheritdoc/>
    public IReadOnlyList<CellOutcome> Program(IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch, Action<int>? started = null)
    {
        var outcomes = programmer.Program(batch.Select(b => new CellTarget(b.Cell, b.ProgramLevel, b.TargetOhms)).ToList());
        return outcomes.Select(o => new CellOutcome(o.Cell, o.Status == ProgrammingStatus.Done, o.Pulses, o.FinalOhms)).ToList();
    }

    /// <summary>The ladder of the board's level program: the occupied levels' reached resistances in programming order.</summary>
    public static LevelLadder Ladder(CalibrationLevels levels)
    {
        var targets = new List<double>();
        for (int k = 0; k < levels.Levels; k++)
        {
            if (levels.ProgramLevels[k] == targets.Count)
            {
                targets.Add(levels.ReachedOhms[k]);
            }
        }

        return new LevelLadder(Direction.Potentiation, targets);
    }
}
