// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Programming;

/// <summary>
/// The feedforward pulse scheme run by the controller: batches of up to 62 cells go to the board's PROGRAM_LEVEL, which
/// runs the FFP loop aimed at each level's target (voltages from the stored FFP table, the read only decides when to
/// stop) or, with open loop, replays the recorded pulse groups. Every cell is then read back; a cell whose board status
/// is not Ok (pulse bound, saturated read, aborted job) is <see cref="ProgrammingStatus.Failed"/>.
/// The board must hold a table set with the ladder's level program (same direction and level count).
/// </summary>
public sealed class FfpProgrammer : ICellProgrammer
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
    public string Name => seek ? "ffp_seek" : openLoop ? "ffp_open_loop" : "ffp";

    /// <inheritdoc/>
    public LevelLadder Ladder { get; }

    /// <inheritdoc/>
    public ProgrammingOutcome[] Program(IReadOnlyList<CellTarget> targets, IProgress<ProgrammingProgress>? progress = null)
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
            var jobProgress = progress is null ? null : new Progress(p => progress.Report(new ProgrammingProgress(done + p.Records, targets.Count, before + p.Pulses)));
            var items = batch.Select(t => (t.Cell, t.Level)).ToArray();
            var job = seek ? board.SeekLevels(Ladder.Direction, Ladder.LevelCount, items, jobProgress) : board.ProgramLevels(Ladder.Direction, Ladder.LevelCount, items, jobProgress, openLoop);
            var reads = board.Read(batch.Select(t => t.Cell).ToArray());
            for (int i = 0; i < count; i++)
            {
                outcomes[start + i] = Outcome(batch[i], job, i, reads[i]);
            }

            pulsesBefore += job.Pulses;
            progress?.Report(new ProgrammingProgress(start + count, targets.Count, pulsesBefore));
        }

        return outcomes;
    }

    private ProgrammingOutcome Outcome(CellTarget target, JobOutcome job, int item, ReadResult read)
    {
        // Records are in item order; a job that stopped early (ABORT, fault, lost heartbeat) has none for later items.
        int index = Array.FindIndex(job.Records, r => r.Index == item);
        int pulses = index >= 0 ? job.Records[index].Pulses : 0;
        double finalOhms = read.Saturated ? double.NaN : read.ResistanceOhms;
        double error = read.Saturated ? double.NaN : Ladder.LevelError(target.Level, finalOhms);
        string reason = index < 0 ? $"the board's job ended ({StatusText.Describe(job.Status)}) before this cell"
            : job.Records[index].Status == StatusCode.PulseCountLimit ? $"the {Name} loop did not reach the target within the board's pulse bound ({pulses} pulses)"
            : job.Records[index].Status != StatusCode.Ok ? $"the board reported: {StatusText.Describe(job.Records[index].Status)}"
            : read.Saturated ? "the read-back saturated"
            : string.Empty;
        return new ProgrammingOutcome(target.Cell, target.Level, reason.Length == 0 ? ProgrammingStatus.Done : ProgrammingStatus.Failed, pulses, finalOhms, error, reason);
    }

    /// <summary>Synchronous progress adapter (System.Progress posts to a thread pool; bars need the value now).</summary>
    private sealed class Progress(Action<JobProgress> report) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => report(value);
    }
}
