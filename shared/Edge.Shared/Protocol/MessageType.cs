// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// The message catalogue (ids are part of the wire format: never renumber; add new ids and bump
    /// <see cref="Catalogue"/>). Payload layouts are in docs/protocol.md and in the matching codec class.
    /// </summary>
    public enum MessageType : byte
    {
        /// <summary>Handshake: versions, catalogue hash, board id, table generation, hard limits.</summary>
        Hello = 0x01,

        /// <summary>Echo of an arbitrary payload (link test).</summary>
        Ping = 0x02,

        /// <summary>Board state, current job and its progress.</summary>
        Status = 0x03,

        /// <summary>Keeps a running job alive; a job whose heartbeats stop goes to SAFE.</summary>
        Heartbeat = 0x04,

        /// <summary>Stops any job before its next pulse and enters SAFE.</summary>
        Abort = 0x05,

        /// <summary>Reads the resistance of one or more cells (0.1 V read).</summary>
        Read = 0x10,

        /// <summary>Applies one write pulse to a cell (optionally reads after it).</summary>
        Pulse = 0x11,

        /// <summary>Job: identical pulses with a read after each (identical-pulse characterisation).</summary>
        Sweep = 0x12,

        /// <summary>Job: the FFP loop (read R, look up Vw(R) in the stored table, pulse) until the bound.</summary>
        FfpRun = 0x13,

        /// <summary>Job: step cells to target levels with the stored level program (open loop).</summary>
        ProgramLevel = 0x14,

        /// <summary>Fetches records of the current or last job by index (idempotent; fills stream gaps).</summary>
        JobRecords = 0x15,

        /// <summary>Unsolicited progress frame carrying job records (flag <see cref="MessageFlags.Stream"/>).</summary>
        JobStream = 0x16,

        /// <summary>Starts a table upload into the inactive slot.</summary>
        TableBegin = 0x20,

        /// <summary>One chunk of the table image at the offset the board expects.</summary>
        TableChunk = 0x21,

        /// <summary>Verifies the uploaded image and commits it (header written last).</summary>
        TableEnd = 0x22,

        /// <summary>The active table set: generation, length, CRC and the level programs it holds.</summary>
        TableInfo = 0x23,
    }
}
