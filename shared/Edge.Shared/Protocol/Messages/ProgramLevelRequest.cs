// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// PROGRAM_LEVEL request: direction u8 | mode u8 | level count u16 (selects the stored level program) | count u8
    /// (1..<see cref="MaxItems"/>) | (cell u16 | target level u16) x count. Starts a job. Feedforward mode: for each item
    /// the board runs the FFP loop (read R, look up Vw(R), pulse) until R reaches the level's target resistance, bounded
    /// by twice the program's pulse count for that step plus 64 (stopping within half the program's mean step). Open-loop mode: one read finds the level the cell is at,
    /// then the program's recorded pulse groups are applied with no reads in between. Either way a cell at or past its
    /// target gets no pulse, so a re-sent batch never programs a cell twice. One <see cref="JobRecord"/> per item:
    /// index = item, level = start level, mV = last voltage, pulses applied, R = last read, status.
    /// </summary>
    public static class ProgramLevelRequest
    {
        /// <summary>Most cells per command (5 + 4 x 62 = 253 bytes).</summary>
        public const int MaxItems = 62;

        /// <summary>Bytes before the items.</summary>
        public const int PrefixLength = 5;

        /// <summary>Mode: FFP loop to the target resistance (voltages from the FFP table; reads only decide when to stop).</summary>
        public const int ModeFeedforward = 0;

        /// <summary>Mode: replay the level program's recorded pulse groups with no reads in between.</summary>
        public const int ModeOpenLoop = 1;

        /// <summary>
        /// Mode: FFP seek to the target resistance (voltage chosen before each pulse from the stored seek table and the
        /// cell's array corrections; stops within the table's band of the level spacing; either direction).
        /// </summary>
        public const int ModeSeek = 2;
    }
}
