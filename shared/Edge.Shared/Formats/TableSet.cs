// SPDX-License-Identifier: MIT
using System.Collections;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// What a board stores in one slot: one FFP table and up to <see cref="FormatLimits.MaxPrograms"/> level programs
    /// (one per direction and level count). Its header's generation is the board's table generation.
    /// </summary>
    public sealed class TableSet
    {
        /// <summary>The FFP voltage tables.</summary>
        public FfpTable Ffp;

        /// <summary>Level programs (<see cref="LevelProgram"/> items).</summary>
        public ArrayList Programs = new ArrayList();

        /// <summary>The FFP seek tables (saturation law per voltage), or null.</summary>
        public SeekTable Seek;

        /// <summary>Per-cell corrections of the board's array, or null.</summary>
        public ArrayCorrections Array;

        /// <summary>Generation of the set.</summary>
        public uint Generation;

        /// <summary>The program for a direction and level count, or null.</summary>
        public LevelProgram FindProgram(Direction direction, int levelCount)
        {
            for (int i = 0; i < Programs.Count; i++)
            {
                var p = (LevelProgram)Programs[i];
                if (p.Direction == direction && p.LevelCount == levelCount)
                {
                    return p;
                }
            }

            return null;
        }
    }
}
