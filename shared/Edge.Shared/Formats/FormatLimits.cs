// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>
    /// Documented value ranges of the table formats (docs/formats.md). They mirror the controller's hard limits so a
    /// table that parses can never ask for a pulse the board would refuse.
    /// </summary>
    public static class FormatLimits
    {
        /// <summary>Smallest write voltage magnitude in a table, mV.</summary>
        public const int MinWriteMillivolts = 1;

        /// <summary>Largest write voltage magnitude in a table, mV (the 7.0 V hard limit).</summary>
        public const int MaxWriteMillivolts = 7000;

        /// <summary>Shortest pulse width, us (1 ms: the output stage edges are ~12 us, hardware/README.md).</summary>
        public const uint MinWidthMicroseconds = 1000;

        /// <summary>Longest pulse width, us (5 s).</summary>
        public const uint MaxWidthMicroseconds = 5000000;

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
    }
}
