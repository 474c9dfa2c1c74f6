// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Plan;
using Edge.Host.Link;
using Edge.Shared.Formats;

namespace Edge.Host.Deploy;

/// <summary>
/// The programming schemes a deployment can use, by the name the journal and the report record, and what each needs
/// from the calibration (docs/deployment.md). The default is FFP seek, the best measured (docs/programming.md); it
/// needs the table set's seek table and, for more than one cell, the array calibration of every board cell.
/// </summary>
public static class DeploySchemes
{
    /// <summary>The board's seek loop: stored saturation-law table mapped through each cell's measured window and rate.</summary>
    public const string Seek = "ffp-seek";

    /// <summary>The board's own feedforward level programs (PROGRAM_LEVEL batches).</summary>
    public const string Ffp = "ffp";

    /// <summary>The host-driven write-verify baseline.</summary>
    public const string WriteVerify = "write-verify";

    /// <summary>The default scheme.</summary>
    public const string Default = Seek;

    /// <summary>Every registered name.</summary>
    public static IReadOnlyList<string> Names { get; } = [Seek, Ffp, WriteVerify];

    /// <summary>The batch programmer of <paramref name="name"/> for a plan on <paramref name="board"/>.</summary>
    public static IBatchProgrammer Create(string name, BoardClient board, DeployPlan plan, CalibrationLevels levels)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return name switch
        {
            Seek => new FfpBatchProgrammer(board, plan.ProgramLevelCount, seek: true),
            Ffp => new FfpBatchProgrammer(board, plan.ProgramLevelCount),
            WriteVerify => WriteVerifyBatch.Create(board, WriteVerifyBatch.Ladder(levels)),
            _ => throw new ArgumentException($"unknown programming scheme '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>Whether cells are driven to the start state (+-6 V) before programming: the seek loop moves either way.</summary>
    public static bool ResetsBeforeProgramming(string name) => name != Seek;

    /// <summary>
    /// Checks that <paramref name="set"/> (read from <paramref name="setPath"/>) holds what <paramref name="scheme"/>
    /// needs for <paramref name="devices"/> cells; returns the board array size the set requires (0 = any).
    /// </summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.Usage"/> for an unknown scheme, <see cref="ExitCode.BadInput"/> for missing data.</exception>
    public static int RequiredCells(string scheme, TableSet set, string setPath, int devices)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!Names.Contains(scheme))
        {
            throw new EdgeException(ExitCode.Usage, $"--scheme '{scheme}': expected {string.Join(", ", Names)}.");
        }

        if (scheme != Seek)
        {
            return 0;
        }

        const string remedy = "make it with 'edge calibrate --out DIR' on this board (the array calibration measures every cell), or choose --scheme write-verify";
        if (set.Seek is null)
        {
            throw new EdgeException(ExitCode.BadInput, $"{setPath}: no FFP seek table (section ESEK), which --scheme ffp-seek needs; {remedy}.");
        }

        if (set.Array is null && devices > 1)
        {
            throw new EdgeException(ExitCode.BadInput, $"{setPath}: no array calibration (per-cell windows and rates, section EARR) for a deployment of {devices} cells; {remedy}.");
        }

        return set.Array?.CellCount ?? 0;
    }
}
