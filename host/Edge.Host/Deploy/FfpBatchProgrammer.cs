// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Deploy;

/// <summary>
/// The FFP scheme: the board's PROGRAM_LEVEL runs the feedforward loop toward each cell's level (voltages from the
/// stored FFP table, the read only decides when to stop), 62 cells per command. A re-sent batch is harmless: cells
/// already at their level get no pulse.
/// </summary>
/// <param name="board">The connected board.</param>
/// <param name="levelCount">Levels of the stored level program.</param>
/// <param name="direction">Its direction.</param>
/// <param name="seek">Run the board's FFP seek loop (stored seek table and array corrections) instead of the FFP loop.</param>
public sealed class FfpBatchProgrammer(BoardClient board, int levelCount, Direction direction = Direction.Potentiation, bool seek = false) : IBatchProgrammer
{
    /// <inheritdoc/>
    public int MaxBatch => Edge.Shared.Protocol.Messages.ProgramLevelRequest.MaxItems;

    /// <inheritdoc/>
    public string Scheme => seek ? "ffp-seek" : "ffp";

    /// <inheritdoc/>
    public IReadOnlyList<CellOutcome> Program(IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch, Action<int>? started = null)
    {
        var items = batch.Select(b => (b.Cell, b.ProgramLevel)).ToList();
        var outcome = seek ? board.SeekLevels(direction, levelCount, items, started: started) : board.ProgramLevels(direction, levelCount, items, started: started);
        return Outcomes(outcome, batch);
    }

    /// <inheritdoc/>
    public IReadOnlyList<CellOutcome>? Recover(int job, IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch)
    {
        var outcome = board.RecoverJob(job);
        return outcome is null || outcome.Records.Length != batch.Count ? null : Outcomes(outcome, batch);
    }

    private static CellOutcome[] Outcomes(JobOutcome outcome, IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch)
    {
        var results = new CellOutcome[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            // One record per item, in item order; an item the job never reached (aborted job) counts as failed.
            if (i >= outcome.Records.Length)
            {
                results[i] = new CellOutcome(batch[i].Cell, false, 0, double.NaN);
                continue;
            }

            var record = outcome.Records[i];
            results[i] = new CellOutcome(batch[i].Cell, record.Status == StatusCode.Ok, record.Pulses, record.ResistanceMilliohms / 1000.0);
        }

        return results;
    }
}
