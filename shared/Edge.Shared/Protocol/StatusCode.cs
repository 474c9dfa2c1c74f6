// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// Status codes carried in the header (replies) and returned by the firmware-safe parsers. Part of the wire
    /// format: never renumber. docs/protocol.md lists each with its meaning and what the host does.
    /// </summary>
    public enum StatusCode : byte
    {
        /// <summary>Success.</summary>
        Ok = 0,

        /// <summary>The message type is not in the board's catalogue.</summary>
        UnknownMessage = 1,

        /// <summary>Payload length or layout does not match the message.</summary>
        BadPayload = 2,

        /// <summary>Another job is running; ABORT it or wait.</summary>
        Busy = 3,

        /// <summary>No valid table (or no level program for the requested count/direction) is stored.</summary>
        NoTable = 4,

        /// <summary>|V_write| above the compiled-in limit (7.0 V) or below the minimum.</summary>
        WriteVoltageLimit = 5,

        /// <summary>|V_read| above the compiled-in limit (0.2 V).</summary>
        ReadVoltageLimit = 6,

        /// <summary>Pulse width outside the compiled-in window.</summary>
        WidthLimit = 7,

        /// <summary>More pulses than the compiled-in maximum per command / per cell.</summary>
        PulseCountLimit = 8,

        /// <summary>A value was NaN or infinite (rejected, never clamped).</summary>
        NotFinite = 9,

        /// <summary>Cell index outside the array.</summary>
        CellOutOfRange = 10,

        /// <summary>Target level outside the stored level program.</summary>
        LevelOutOfRange = 11,

        /// <summary>Table image: wrong magic.</summary>
        TableBadMagic = 12,

        /// <summary>Table image: unsupported schema version.</summary>
        TableBadSchema = 13,

        /// <summary>Table image: a length is wrong (header, payload, section or count).</summary>
        TableBadLength = 14,

        /// <summary>Table image: payload CRC mismatch.</summary>
        TableBadCrc = 15,

        /// <summary>Table image: header CRC mismatch.</summary>
        TableBadHeaderCrc = 16,

        /// <summary>Table image: a value outside its documented range (voltage, width, resistance).</summary>
        TableValueOutOfRange = 17,

        /// <summary>Table image: a resistance grid or level list is not strictly monotone.</summary>
        TableNotMonotone = 18,

        /// <summary>Table upload: chunk offset is not the one the board expects (reply carries the expected offset).</summary>
        TableSequence = 19,

        /// <summary>Table image larger than a storage slot.</summary>
        TableTooLarge = 20,

        /// <summary>The job was stopped by ABORT.</summary>
        Aborted = 21,

        /// <summary>The job was stopped because heartbeats stopped.</summary>
        HeartbeatLost = 22,

        /// <summary>The ADC saturated or the compliance limit tripped during a read.</summary>
        AdcSaturated = 23,

        /// <summary>Table storage read-back mismatch or write failure.</summary>
        StorageFault = 24,

        /// <summary>Requested records are not available (index past the end, or another job).</summary>
        NotAvailable = 25,

        /// <summary>The job is still running.</summary>
        Running = 26,

        /// <summary>An internal fault put the board into SAFE.</summary>
        Fault = 27,

        /// <summary>Table image: the direction field is neither potentiation nor depression.</summary>
        TableBadDirection = 28,

        /// <summary>The command's protocol version differs from the board's; only HELLO is answered normally.</summary>
        VersionMismatch = 29,

        /// <summary>The command carries another session id: the board rebooted since the host's HELLO.</summary>
        SessionMismatch = 30,

        /// <summary>A table set's per-cell array corrections are for another array size than the board's; the old tables stay active.</summary>
        TableArrayMismatch = 40,

        /// <summary>No stored voltage moves the cell toward its target (it lies beyond the cell's reach at every voltage).</summary>
        TargetUnreachable = 41,
    }
}
