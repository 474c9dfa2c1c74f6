// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware.Link
{
    /// <summary>
    /// The payload length every command may have (docs/protocol.md, message catalogue), one row per message, checked
    /// before any command runs: a length outside its row is <c>BAD_PAYLOAD</c> whatever the message. Handlers still
    /// check what a length alone cannot (READ's and PROGRAM_LEVEL's counts against the bytes present).
    /// </summary>
    public static class PayloadRules
    {
        private static readonly short[] Min = new short[256];
        private static readonly short[] Max = new short[256];

        static PayloadRules()
        {
            for (int i = 0; i < Min.Length; i++)
            {
                Min[i] = -1; // no row: not a command this board knows
                Max[i] = -1;
            }

            Row(MessageType.Hello, 4, 4);
            Row(MessageType.Ping, 0, FrameCodec.MaxPayloadLength);
            Row(MessageType.Status, 0, 0);
            Row(MessageType.Heartbeat, 0, 0);
            Row(MessageType.Abort, 0, 0);
            Row(MessageType.Read, 3 + 2, 3 + (2 * ReadRequest.MaxCells));
            Row(MessageType.Pulse, PulseRequest.Length, PulseRequest.Length);
            Row(MessageType.Sweep, SweepRequest.Length, SweepRequest.Length);
            Row(MessageType.FfpRun, FfpRunRequest.Length, FfpRunRequest.Length);
            Row(MessageType.ProgramLevel, ProgramLevelRequest.PrefixLength + 4, ProgramLevelRequest.PrefixLength + (4 * ProgramLevelRequest.MaxItems));
            Row(MessageType.JobRecords, JobRecordsRequest.Length, JobRecordsRequest.Length);
            Row(MessageType.TableBegin, TableBeginRequest.Length, TableBeginRequest.Length);
            Row(MessageType.TableChunk, 4 + 1, 4 + TableBeginRequest.MaxChunk);
            Row(MessageType.TableEnd, 0, 0);
            Row(MessageType.TableInfo, 0, 0);
        }

        /// <summary>True when the board answers commands of this type.</summary>
        public static bool Known(MessageType type)
        {
            return Min[(int)type] >= 0;
        }

        /// <summary>True when <paramref name="length"/> is a payload length the message may have.</summary>
        public static bool LengthFits(MessageType type, int length)
        {
            return length >= Min[(int)type] && length <= Max[(int)type];
        }

        private static void Row(MessageType type, int min, int max)
        {
            Min[(int)type] = (short)min;
            Max[(int)type] = (short)max;
        }
    }
}
