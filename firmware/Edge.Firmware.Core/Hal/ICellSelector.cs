// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>Which terminals of a cell the selector connects (paper, Experimental section: four-terminal device).</summary>
    public enum CellPath : byte
    {
        /// <summary>All switches open: nothing is connected to any device (SAFE).</summary>
        Open = 0,

        /// <summary>Read: 0.1 V on T1, T2/T3/T4 grounded, current T1->T3 to the sense stage.</summary>
        Read = 1,

        /// <summary>Write: pulse on T2 and T4, T1 and T3 grounded.</summary>
        Write = 2,
    }

    /// <summary>The array multiplexer. Implementations must break before make: open everything, then close the new path.</summary>
    public interface ICellSelector
    {
        /// <summary>Number of addressable cells.</summary>
        int CellCount { get; }

        /// <summary>Connects <paramref name="cell"/> for <paramref name="path"/> (break-before-make).</summary>
        void Select(int cell, CellPath path);

        /// <summary>Opens every switch.</summary>
        void OpenAll();
    }
}
