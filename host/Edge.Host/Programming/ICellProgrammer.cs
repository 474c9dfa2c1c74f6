// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>
/// A programming scheme: brings cells to levels of one level ladder (one direction, one level count) through a
/// <see cref="Link.BoardClient"/> only, so it runs the same on a real and on a virtual board. Cells are expected in the
/// ladder's start state or between it and their target (e.g. freshly initialised to HRS for potentiation).
/// </summary>
public interface ICellProgrammer
{
    /// <summary>Short scheme name for reports ("ffp", "write_verify").</summary>
    string Name { get; }

    /// <summary>The levels this programmer programs to.</summary>
    LevelLadder Ladder { get; }

    /// <summary>
    /// Programs every target (each cell at most once per call) and returns one outcome per target, in input order.
    /// A cell the scheme could not finish is <see cref="ProgrammingStatus.Failed"/>, never reported as done.
    /// </summary>
    /// <exception cref="ArgumentException">A target's level or resistance does not belong to <see cref="Ladder"/>, or a cell repeats.</exception>
    /// <exception cref="Errors.EdgeException">The link failed or the board refused a command as a whole.</exception>
    ProgrammingOutcome[] Program(IReadOnlyList<CellTarget> targets, IProgress<ProgrammingProgress>? progress = null);
}
