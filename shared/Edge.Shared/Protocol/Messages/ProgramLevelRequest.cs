// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// PROGRAM_LEVEL request: direction u8 | level count u16 (selects the stored level program) | count u8
    /// (1..<see cref="MaxItems"/>) | (cell u16 | target level u16) x count. Starts a job. For each item the board
    /// reads R once, finds the level the cell is at in the program, and applies the stored pulse groups from there to
    /// the target (open loop: no verify). A cell already at or past its target gets no pulse, so a re-sent batch never
    /// programs a cell twice. One <see cref="JobRecord"/> per item: index = item, level = start level, R = the read,
    /// pulses = pulses applied, status.
    /// </summary>
    public static class ProgramLevelRequest
    {
        /// <summary>Most cells per command (4 + 4 x 62 = 252 bytes).</summary>
        public const int MaxItems = 62;

        /// <summary>Bytes before the items.</summary>
        public const int PrefixLength = 4;
    }
}
