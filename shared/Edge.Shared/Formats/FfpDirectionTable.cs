// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>
    /// The FFP voltage table of one direction (paper Fig. 3): the resistance axis cut into grid cells, and for each cell
    /// the write voltage whose step |dR| lands in the calibrated window. The controller reads R, finds its cell and
    /// applies that voltage: the pulse is decided before it is applied ("feedforward").
    /// </summary>
    public sealed class FfpDirectionTable
    {
        /// <summary>Which direction this table drives.</summary>
        public Direction Direction;

        /// <summary>Width of every pulse of the loop, us (paper: 0.8 s).</summary>
        public uint PulseWidthMicroseconds;

        /// <summary>
        /// Where the loop stops, mOhm: potentiation stops once R &lt;= this bound, depression once R &gt;= it.
        /// </summary>
        public uint StopMilliohms;

        /// <summary>Grid edges, mOhm, strictly increasing; cell i is [edge i, edge i+1).</summary>
        public uint[] EdgesMilliohms;

        /// <summary>Write voltage magnitude of each cell, mV (the sign comes from <see cref="Direction"/>).</summary>
        public ushort[] WriteMillivolts;

        /// <summary>Number of grid cells.</summary>
        public int CellCount
        {
            get { return WriteMillivolts == null ? 0 : WriteMillivolts.Length; }
        }

        /// <summary>
        /// The signed write voltage for a resistance, mV. Below the first edge the first cell applies and above the last
        /// edge the last one (the loop's stop bound ends the run there). Binary search: no allocation.
        /// </summary>
        public int LookupMillivolts(uint resistanceMilliohms)
        {
            return MillivoltsOfCell(CellOf(resistanceMilliohms));
        }

        /// <summary>The grid cell holding a resistance (clamped to the first / last cell).</summary>
        public int CellOf(uint resistanceMilliohms)
        {
            int low = 0;
            int high = WriteMillivolts.Length - 1;
            while (low < high)
            {
                int mid = (low + high + 1) >> 1;
                if (EdgesMilliohms[mid] <= resistanceMilliohms)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return low;
        }

        /// <summary>The signed write voltage of grid cell <paramref name="cell"/> (clamped to the table), mV.</summary>
        public int MillivoltsOfCell(int cell)
        {
            if (cell < 0)
            {
                cell = 0;
            }
            else if (cell >= WriteMillivolts.Length)
            {
                cell = WriteMillivolts.Length - 1;
            }

            int magnitude = WriteMillivolts[cell];
            return Direction == Direction.Depression ? -magnitude : magnitude;
        }

        /// <summary>+1 or -1: the way grid cell indices run as this direction programs (R falls in potentiation).</summary>
        public int CellStep
        {
            get { return Direction == Direction.Potentiation ? -1 : 1; }
        }

        /// <summary>True once <paramref name="resistanceMilliohms"/> has reached the stop bound in this direction.</summary>
        public bool ReachedStop(uint resistanceMilliohms)
        {
            return Direction == Direction.Potentiation
                ? resistanceMilliohms <= StopMilliohms
                : resistanceMilliohms >= StopMilliohms;
        }
    }
}
