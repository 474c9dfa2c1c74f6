// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Reports;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Programming;

/// <summary>
/// The feedforward pulse scheme run by the controller: batches of up to 62 cells go to the board's PROGRAM_LEVEL, which
/// runs the FFP loop aimed at each level's target (voltages from the stored FFP table, the read only decides when to
/// stop) or, with open loop, replays the recorded pulse groups. A cell whose board status is not Ok (pulse bound,
/// saturated read, aborted job) is <see cref="ProgrammingStatus.Failed"/>; the resistance of an outcome is the board's
/// last read of the cell. The board must hold a table set with the ladder's level program (same direction and level
/// count). A re-sent batch is harmless: cells already at their level get no pulse.
/// </summary>
public sealed class FfpProgrammer : IProgrammingScheme
{
    private readonly BoardClient board;
    private readonly bool openLoop;
    private readonly bool seek;

    /// <summary>Creates the programmer.</summary>
    /// <param name="board">The connected board.</param>
    /// <param name="ladder">The level program's ladder (<see cref="LevelLadder.FromProgram"/> of the uploaded program).</param>
    /// <param name="openLoop">Replay the recorded pulse groups with no reads in between instead of the FFP loop.</param>
    public FfpProgrammer(BoardClient board, LevelLadder ladder, bool openLoop = false)
        : this(board, ladder, openLoop, seek: false)
    {
    }

    private FfpProgrammer(BoardClient board, LevelLadder ladder, bool openLoop, bool seek)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(ladder);
        this.board = board;
        this.openLoop = openLoop;
        this.seek = seek;
        Ladder = ladder;
    }

    /// <summary>
    /// The FFP seek scheme (docs/programming.md): the board's seek loop picks each pulse's voltage from the stored seek
    /// table and the cell's array corrections, in either polarity. Needs a table set with a seek table.
    /// </summary>
    public static FfpProgrammer Seek(BoardClient board, LevelLadder ladder) => new(board, ladder, openLoop: false, seek: true);

    /// <inheritdoc/>
    public string Name => seek ? ProgrammingSchemes.Seek : openLoop ? "ffp-open-loop" : ProgrammingSchemes.Ffp;

    /// <inheritdoc/>
    public LevelLadder Ladder { get; }

    /// <inheritdoc/>
    public int MaxBatch => ProgramLevelRequest.MaxItems;

    /// <inheritdoc/>
    public ProgrammingOutcome[] Program(IReadOnlyList<CellTarget> targets, IProgress<ProgrammingProgress>? progress = null, Action<int>? started = null)
    {
        Ladder.CheckTargets(targets);
        var outcomes = new ProgrammingOutcome[targets.Count];
        long pulsesBefore = 0;
        for (int start = 0; start < targets.Count; start += ProgramLevelRequest.MaxItems)
        {
            int count = Math.Min(ProgramLevelRequest.MaxItems, targets.Count - start);
            var batch = Enumerable.Range(start, count).Select(i => targets[i]).ToArray();
            int done = start;
            long before = pulsesBefore;
            var jobProgress = progress is null ? null : new InlineProgress<JobProgress>(p => progress.Report(new ProgrammingProgress(done + p.Records, targets.Count, before + p.Pulses)));
            var items = batch.Select(t => (t.Cell, t.Level)).ToArray();
            var job = seek ? board.SeekLevels(Ladder.Direction, Ladder.LevelCount, items, jobProgress, started) : board.ProgramLevels(Ladder.Direction, Ladder.LevelCount, items, jobProgress, openLoop, started);
            for (int i = 0; i < count; i++)
            {
                outcomes[start + i] = Outcome(batch[i], job, i);
            }

            pulsesBefore += job.Pulses;
            progress?.Report(new ProgrammingProgress(start + count, targets.Count, pulsesBefore));
        }

        return outcomes;
    }

    /// <inheritdoc/>
    public ProgrammingOutcome[]? Recover(int job, IReadOnlyList<CellTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var outcome = board.RecoverJob(job);
        return outcome is null || outcome.Records.Length != targets.Count ? null : targets.Select((t, i) => Outcome(t, outcome, i)).ToArray();
    }

    private ProgrammingOutcome Outcome(CellTarget target, JobOutcome job, int item)
    {
        // Records are in item order; a job that stopped early (ABORT, fault, lost heartbeat) has none for later items.
        int index = Array.FindIndex(job.Records, r => r.Index == item);
        if (index < 0)
        {
            return new ProgrammingOutcome(target.Cell, target.Level, ProgrammingStatus.Failed, 0, double.NaN, double.NaN, $"the board's job ended ({StatusText.Describe(job.Status)}) before this cell");
        }

        var record = job.Records[index];
        double ohms = (record.Flags & ReadRequest.FlagSaturated) != 0 ? double.NaN : record.ResistanceMilliohms / 1000.0;
        string reason = record.Status == StatusCode.Ok ? string.Empty
            : record.Status == StatusCode.PulseCountLimit ? $"the {Name} loop did not reach the target within the board's pulse bound ({record.Pulses} pulses)"
            : $"the board reported: {StatusText.Describe(record.Status)}";
        return new ProgrammingOutcome(target.Cell, target.Level, reason.Length == 0 ? ProgrammingStatus.Done : ProgrammingStatus.Failed, record.Pulses, ohms, double.IsNaN(ohms) ? double.NaN : Ladder.LevelError(target.Level, ohms), reason);
    }
}
