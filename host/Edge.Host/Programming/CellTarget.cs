// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>
/// One cell to program: the cell index on the board, the level of the level program to reach, and that level's target
/// resistance (the level program's reached resistance r_a,k, which is also what the board's PROGRAM_LEVEL aims at).
/// </summary>
/// <param name="Cell">Cell index on the board (0 .. cells - 1).</param>
/// <param name="Level">Level index of the level program (0 = the start state: HRS for potentiation, LRS for depression).</param>
/// <param name="TargetOhms">Target resistance of <paramref name="Level"/>, ohm.</param>
public readonly record struct CellTarget(int Cell, int Level, double TargetOhms)
{
    /// <summary>The target for <paramref name="level"/> of <paramref name="ladder"/> on <paramref name="cell"/>.</summary>
    public static CellTarget For(LevelLadder ladder, int cell, int level)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        return new CellTarget(cell, level, ladder.TargetOhms(level));
    }
}
