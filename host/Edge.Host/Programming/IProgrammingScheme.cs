// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>
/// A programming scheme: brings cells to levels of one level ladder (one direction, one level count) through a
/// <see cref="Link.BoardClient"/> only, so it runs the same on a real and on a virtual board. Deployment and
/// <c>edge bench programming</c> both create schemes by name through <see cref="ProgrammingSchemes"/>; a new scheme is
/// one class plus one registration there.
/// </summary>
public interface IProgrammingScheme
{
    /// <summary>The scheme's registered name (<see cref="ProgrammingSchemes.Names"/>), as deploy.json and the journal record it.</summary>
    string Name { get; }

    /// <summary>The levels this scheme programs to.</summary>
    LevelLadder Ladder { get; }

    /// <summary>Most cells one board job takes; a caller that journals jobs sends batches of at most this many.</summary>
    int MaxBatch { get; }

    /// <summary>
    /// Programs every target (each cell at most once per call) and returns one outcome per target, in input order. A
    /// cell the scheme could not finish is <see cref="ProgrammingStatus.Failed"/>, never reported as done. The outcome's
    /// resistance is the last one the scheme saw; an independent read-back is the caller's (<see cref="ReadBack"/>).
    /// </summary>
    /// <param name="targets">Cells and their levels of <see cref="Ladder"/>.</param>
    /// <param name="progress">Cells finished and pulses so far; null for none.</param>
    /// <param name="started">Receives each board job's id as soon as the board accepted it (journalled, so a resumed
    /// host can ask the board how the job ended instead of sending it again); schemes driven from the host call it never.</param>
    /// <exception cref="ArgumentException">A target's level or resistance does not belong to <see cref="Ladder"/>, or a cell repeats.</exception>
    /// <exception cref="Edge.Analog.Errors.EdgeException">The link failed or the board refused a command as a whole.</exception>
    ProgrammingOutcome[] Program(IReadOnlyList<CellTarget> targets, IProgress<ProgrammingProgress>? progress = null, Action<int>? started = null);

    /// <summary>
    /// How the batch <paramref name="targets"/>, started as board job <paramref name="job"/>, ended, if the board still
    /// knows; null when it does not (or the scheme runs on the host), and the batch is then sent again.
    /// </summary>
    ProgrammingOutcome[]? Recover(int job, IReadOnlyList<CellTarget> targets);
}
