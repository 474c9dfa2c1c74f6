// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>What the board is doing (STATUS reply; also sent back for HEARTBEAT).</summary>
    public enum BoardState : byte
    {
        /// <summary>0 V on the DAC, every switch open; the state after boot, ABORT or a fault.</summary>
        Safe = 0,

        /// <summary>Ready, no job running (outputs still at 0 V and switches open between commands).</summary>
        Idle = 1,

        /// <summary>A job (SWEEP, FFP_RUN, PROGRAM_LEVEL) is running.</summary>
        Running = 2,
    }

    /// <summary>
    /// STATUS reply (24 bytes): state u8 | job type u8 | job status u8 | last fault u8 | job id u16 | records u16 |
    /// planned records u16 | reserved u16 | job pulses u32 | uptime ms u32 | table generation u32.
    /// </summary>
    public struct StatusReply
    {
        /// <summary>Payload length.</summary>
        public const int Length = 24;

        /// <summary>Board state.</summary>
        public BoardState State;

        /// <summary>Type of the current or last job (0 if none).</summary>
        public MessageType JobType;

        /// <summary><see cref="StatusCode.Running"/> while running, else how the last job ended.</summary>
        public StatusCode JobStatus;

        /// <summary>Status code of the last fault that forced SAFE (Ok if none since boot).</summary>
        public StatusCode LastFault;

        /// <summary>Seq of the command that started the job.</summary>
        public ushort JobId;

        /// <summary>Records the job has produced so far.</summary>
        public ushort Records;

        /// <summary>Records the job will produce if it runs to the end (upper bound).</summary>
        public ushort PlannedRecords;

        /// <summary>
        /// Frames the board's decoder rejected since boot (COBS, length and CRC together), modulo 65,536: a rejected
        /// frame is never answered, so this is how a host sees them (it takes differences between two reads).
        /// </summary>
        public ushort RejectedFrames;

        /// <summary>Write pulses the job has applied.</summary>
        public uint JobPulses;

        /// <summary>Milliseconds since boot (board clock).</summary>
        public uint UptimeMs;

        /// <summary>Generation of the active table set (0 = none).</summary>
        public uint TableGeneration;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U8((byte)State);
            w.U8((byte)JobType);
            w.U8((byte)JobStatus);
            w.U8((byte)LastFault);
            w.U16(JobId);
            w.U16(Records);
            w.U16(PlannedRecords);
            w.U16(RejectedFrames);
            w.U32(JobPulses);
            w.U32(UptimeMs);
            w.U32(TableGeneration);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out StatusReply m)
        {
            m = new StatusReply();
            m.State = (BoardState)r.U8();
            m.JobType = (MessageType)r.U8();
            m.JobStatus = (StatusCode)r.U8();
            m.LastFault = (StatusCode)r.U8();
            m.JobId = (ushort)r.U16();
            m.Records = (ushort)r.U16();
            m.PlannedRecords = (ushort)r.U16();
            m.RejectedFrames = (ushort)r.U16();
            m.JobPulses = r.U32();
            m.UptimeMs = r.U32();
            m.TableGeneration = r.U32();
            return r.CompletedExactly;
        }
    }
}
