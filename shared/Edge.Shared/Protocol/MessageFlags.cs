// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>Header flag bits (docs/protocol.md, "Flags").</summary>
    public static class MessageFlags
    {
        /// <summary>The sender wants a reply (every host command sets it).</summary>
        public const byte AckRequest = 0x01;

        /// <summary>This frame is a positive reply to the command whose seq is in the header's ack field.</summary>
        public const byte Ack = 0x02;

        /// <summary>This frame is a negative reply: the status field says why.</summary>
        public const byte Nack = 0x04;

        /// <summary>An unsolicited, unacknowledged progress frame from a running job (best effort).</summary>
        public const byte Stream = 0x08;
    }
}
