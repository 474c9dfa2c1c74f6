// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>
    /// A level program (paper Fig. 3d/4, Experimental section): the n levels segmentation found on an FFP trace, each
    /// with its target resistance, and for every step k -> k+1 the group of FFP pulse events m_k .. m_(k+1)-1 with
    /// their voltages. Stepping a cell from level a to b applies the groups a .. b-1 in order.
    /// </summary>
    public sealed class LevelProgram
    {
        private int[] groupStarts;

        /// <summary>Identity of the device.</summary>
        public uint DeviceId;

        /// <summary>Identity of the calibration run.</summary>
        public uint CalibrationId;

        /// <summary>Programming direction.</summary>
        public Direction Direction;

        /// <summary>Width of every pulse, us.</summary>
        public uint PulseWidthMicroseconds;

        /// <summary>Target (reached) resistance of each level, mOhm: falling for potentiation, rising for depression.</summary>
        public uint[] TargetsMilliohms;

        /// <summary>Pulses in the group that steps level k to k+1 (n - 1 entries).</summary>
        public ushort[] GroupPulseCounts;

        /// <summary>Every group's voltages, concatenated in level order (magnitudes, mV).</summary>
        public ushort[] Millivolts;

        /// <summary>Number of levels n.</summary>
        public int LevelCount
        {
            get { return TargetsMilliohms == null ? 0 : TargetsMilliohms.Length; }
        }

        /// <summary>Index in <see cref="Millivolts"/> of the first pulse of the group stepping level k to k+1.</summary>
        public int GroupStart(int level)
        {
            if (groupStarts == null || groupStarts.Length != GroupPulseCounts.Length + 1)
            {
                var starts = new int[GroupPulseCounts.Length + 1];
                for (int k = 0; k < GroupPulseCounts.Length; k++)
                {
                    starts[k + 1] = starts[k] + GroupPulseCounts[k];
                }

                groupStarts = starts;
            }

            return groupStarts[level];
        }

        /// <summary>Signed voltage of pulse <paramref name="index"/> of the concatenated groups, mV.</summary>
        public int SignedMillivolts(int index)
        {
            int magnitude = Millivolts[index];
            return Direction == Direction.Depression ? -magnitude : magnitude;
        }

        /// <summary>
        /// The level a cell at <paramref name="resistanceMilliohms"/> is at: the highest level whose target it has
        /// reached in this direction (0 if it has not reached level 0's target yet).
        /// </summary>
        public int LevelAt(uint resistanceMilliohms)
        {
            int low = 0;
            int high = TargetsMilliohms.Length - 1;
            while (low < high)
            {
                int mid = (low + high + 1) >> 1;
                if (Reached(resistanceMilliohms, TargetsMilliohms[mid]))
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

        private bool Reached(uint resistanceMilliohms, uint targetMilliohms)
        {
            return Direction == Direction.Potentiation ? resistanceMilliohms <= targetMilliohms : resistanceMilliohms >= targetMilliohms;
        }
    }
}
