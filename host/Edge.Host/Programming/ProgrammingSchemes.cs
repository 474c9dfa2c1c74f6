// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Host.Link;
using Edge.Shared.Formats;

namespace Edge.Host.Programming;

/// <summary>
/// The programming schemes by name: what <c>edge deploy --scheme</c> and <c>edge bench programming</c> create, what
/// the journal and the reports record, and what each needs from the calibration (docs/programming.md). The default is
/// FFP seek, the best measured; it needs the table set's seek table and, for more than one cell, the array
/// calibration of every board cell.
/// </summary>
public static class ProgrammingSchemes
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

    /// <summary>The scheme <paramref name="name"/> programming <paramref name="ladder"/> on <paramref name="board"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="board">The connected board; FFP schemes need its table set to hold the ladder's level program.</param>
    /// <param name="ladder">The level program's ladder.</param>
    /// <param name="writeVerify">Write-verify loop settings; null = the tuned defaults.</param>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static IProgrammingScheme Create(string name, BoardClient board, LevelLadder ladder, WriteVerifySettings? writeVerify = null) => name switch
    {
        Seek => FfpProgrammer.Seek(board, ladder),
        Ffp => new FfpProgrammer(board, ladder),
        WriteVerify => new WriteVerifyProgrammer(board, ladder, writeVerify),
        _ => throw new ArgumentException($"unknown programming scheme '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The scheme's key in JSON and CSV outputs (snake case: "ffp_seek", "write_verify").</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Replace('-', '_');
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
