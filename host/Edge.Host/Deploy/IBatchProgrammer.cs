// SPDX-License-Identifier: MIT
namespace Edge.Host.Deploy;

/// <summary>Outcome of programming one cell of a batch.</summary>
public readonly record struct CellOutcome(int Cell, bool Ok, int Pulses, double LastOhms);

/// <summary>How a batch of cells is driven to its levels on the board (FFP level programs, or a write-verify baseline).</summary>
public interface IBatchProgrammer
{
    /// <summary>Most cells per batch.</summary>
    int MaxBatch { get; }

    /// <summary>The scheme's name as it appears in deploy.json.</summary>
    string Scheme { get; }

    /// <summary>
    /// Programs the cells; every cell gets an outcome (failed cells are reported, never silently accepted).
    /// <paramref name="started"/> receives the board's job id as soon as the board accepted the batch (journalled, so
    /// a resumed host can ask the board how the batch ended instead of sending it again).
    /// </summary>
    IReadOnlyList<CellOutcome> Program(IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch, Action<int>? started = null);

    /// <summary>How a batch started as job <paramref name="job"/> ended, if the board still knows; otherwise null.</summary>
    IReadOnlyList<CellOutcome>? Recover(int job, IReadOnlyList<(int Cell, int ProgramLevel, double TargetOhms)> batch);
}
