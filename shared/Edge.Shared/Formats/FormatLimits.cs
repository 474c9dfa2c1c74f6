// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Formats
{
    /// <summary>
    /// Documented value ranges of the table formats (docs/formats.md). They mirror the controller's hard limits so a
    /// table that parses can never ask for a pulse the board would refuse.
    /// </summary>
    public static class FormatLimits
    {
        /// <summary>Smallest write voltage magnitude in a table, mV (the controller's hard limit).</summary>
        public const int MinWriteMillivolts = HardLimits.MinWriteMillivolts;

        /// <summary>Largest write voltage magnitude in a table, mV (the controller's 7.0 V hard limit).</summary>
        public const int MaxWriteMillivolts = HardLimits.MaxWriteMillivolts;

        /// <summary>Shortest pulse width, us (the controller's hard limit).</summary>
        public const uint MinWidthMicroseconds = HardLimits.MinWidthMicroseconds;

        /// <summary>Longest pulse width, us (the controller's hard limit).</summary>
        public const uint MaxWidthMicroseconds = HardLimits.MaxWidthMicroseconds;

        /// <summary>Smallest resistance, mOhm (1 ohm).</summary>
        public const uint MinMilliohms = 1000;

        /// <summary>Largest resistance, mOhm (1 MOhm).</summary>
        public const uint MaxMilliohms = 1000000000;

        /// <summary>Most resistance grid cells per direction.</summary>
        public const int MaxGridCells = 2048;

        /// <summary>Most levels per level program.</summary>
        public const int MaxLevels = 1024;

        /// <summary>Most pulses in one level program (all groups together).</summary>
        public const int MaxProgramPulses = 8192;

        /// <summary>Most level programs in a table set.</summary>
        public const int MaxPrograms = 8;

        /// <summary>Most voltages per direction of a seek table.</summary>
        public const int MaxSeekVoltages = 512;

        /// <summary>Bound of a seek table entry, ppm of the window: within one window beyond either end.</summary>
        public const int MaxBoundPpm = 2000000;

        /// <summary>Largest seek rate q x 10^6 (q = 10: one pulse closes all but e^-10 of the gap).</summary>
        public const uint MaxRateMicro = 10000000;

        /// <summary>Most cells in an array-corrections file (12 bytes each must fit a 64 KiB slot beside the tables).</summary>
        public const int MaxArrayCells = 4096;
    }
}
