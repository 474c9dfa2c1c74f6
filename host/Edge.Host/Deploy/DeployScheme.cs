// SPDX-License-Identifier: MIT
using Edge.Host.Errors;
using Edge.Shared.Formats;

namespace Edge.Host.Deploy;

/// <summary>
/// Which programming scheme a deployment uses and what it needs from the calibration (docs/deployment.md): the default
/// is the FFP seek scheme, the best measured (docs/programming.md); it needs the table set's seek table and, for more
/// than one cell, the array calibration of every board cell.
/// </summary>
public static class DeployScheme
{
    /// <summary>The default scheme.</summary>
    public const string Default = "ffp-seek";

    /// <summary>Every scheme name <c>--scheme</c> accepts.</summary>
    public static readonly string[] Names = ["ffp-seek", "ffp", "write-verify"];

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

        if (scheme != "ffp-seek")
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
