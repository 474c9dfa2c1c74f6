// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>
    /// Per-cell corrections measured by the array calibration (docs/calibration.md, "Array"): each cell's window (LRS
    /// and HRS after the +-6 V initialisation) and its switching rate relative to the reference cell, per direction.
    /// The seek loop maps a read through the cell's window and scales the table's rates by the cell's. File kind "EARR";
    /// a board accepts it only when <see cref="CellCount"/> equals its array size.
    /// </summary>
    public sealed class ArrayCorrections
    {
        /// <summary>Unit of the relative rates: 4096 = the reference cell's rate.</summary>
        public const int RateUnit = 4096;

        /// <summary>Device id.</summary>
        public uint DeviceId;

        /// <summary>Calibration run id.</summary>
        public uint CalibrationId;

        /// <summary>LRS of every cell, mOhm.</summary>
        public uint[] LowMilliohms;

        /// <summary>HRS of every cell, mOhm (above its LRS).</summary>
        public uint[] HighMilliohms;

        /// <summary>Potentiation rate relative to the reference cell, in 1/<see cref="RateUnit"/>.</summary>
        public ushort[] PotentiationRate;

        /// <summary>Depression rate relative to the reference cell, in 1/<see cref="RateUnit"/>.</summary>
        public ushort[] DepressionRate;

        /// <summary>Number of cells.</summary>
        public int CellCount
        {
            get { return LowMilliohms == null ? 0 : LowMilliohms.Length; }
        }

        /// <summary>The relative rate of a cell in a direction, in 1/<see cref="RateUnit"/>.</summary>
        public int RateOf(int cell, Direction direction)
        {
            return direction == Direction.Depression ? DepressionRate[cell] : PotentiationRate[cell];
        }
    }
}
