// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// The items of a PROGRAM_LEVEL payload (cell u16 | level u16), read into the job's fixed arrays and checked before
    /// any pulse: a bad count, cell or level rejects the whole command (docs/protocol.md).
    /// </summary>
    internal static class LevelItems
    {
        /// <summary>Reads <paramref name="count"/> items; returns Ok or the status that rejects the command.</summary>
        public static StatusCode Read(PayloadReader r, int count, int cellCount, int levelCount, int[] cells, int[] targets)
        {
            if (count < 1 || count > ProgramLevelRequest.MaxItems)
            {
                return StatusCode.BadPayload;
            }

            for (int i = 0; i < count; i++)
            {
                cells[i] = r.U16();
                targets[i] = r.U16();
            }

            if (!r.CompletedExactly)
            {
                return StatusCode.BadPayload;
            }

            for (int i = 0; i < count; i++)
            {
                if (cells[i] >= cellCount)
                {
                    return StatusCode.CellOutOfRange;
                }

                if (targets[i] >= levelCount)
                {
                    return StatusCode.LevelOutOfRange;
                }
            }

            return StatusCode.Ok;
        }
    }
}
