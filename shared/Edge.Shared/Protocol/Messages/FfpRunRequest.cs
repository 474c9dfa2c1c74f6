// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// FFP_RUN request (6 bytes): direction u8 | reserved u8 | cell u16 | max pulses u16. Starts a job running the
    /// read -> look up Vw(R) -> pulse loop with the stored FFP table until R passes the table's stop bound or the pulse
    /// limit. Each loop iteration yields one <see cref="JobRecord"/> (pulse index, R read, Vw applied); the last
    /// record has 0 mV and the final R.
    /// </summary>
    public struct FfpRunRequest
    {
        /// <summary>Payload length.</summary>
        public const int Length = 6;

        /// <summary>Programming direction.</summary>
        public Direction Direction;

        /// <summary>Cell index.</summary>
        public int Cell;

        /// <summary>Upper bound on pulses (the board's hard limit still applies).</summary>
        public int MaxPulses;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U8((byte)Direction);
            w.U8(0);
            w.U16(Cell);
            w.U16(MaxPulses);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out FfpRunRequest m)
        {
            m = new FfpRunRequest();
            m.Direction = (Direction)r.U8();
            r.U8();
            m.Cell = r.U16();
            m.MaxPulses = r.U16();
            return r.CompletedExactly;
        }
    }
}
