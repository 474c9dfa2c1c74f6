// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// SWEEP request (10 bytes): cell u16 | write mV i16 | width us u32 | pulses u16. Starts a job: the reply is an
    /// immediate ACK; each pulse then yields one <see cref="JobRecord"/> (index, mV applied, R read after it).
    /// </summary>
    public struct SweepRequest
    {
        /// <summary>Payload length.</summary>
        public const int Length = 10;

        /// <summary>Cell index.</summary>
        public int Cell;

        /// <summary>Write voltage in millivolts, signed by direction.</summary>
        public int Millivolts;

        /// <summary>Pulse width in microseconds.</summary>
        public uint WidthMicroseconds;

        /// <summary>Number of identical pulses.</summary>
        public int Pulses;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U16(Cell);
            w.I16(Millivolts);
            w.U32(WidthMicroseconds);
            w.U16(Pulses);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out SweepRequest m)
        {
            m = new SweepRequest();
            m.Cell = r.U16();
            m.Millivolts = r.I16();
            m.WidthMicroseconds = r.U32();
            m.Pulses = r.U16();
            return r.CompletedExactly;
        }
    }
}
