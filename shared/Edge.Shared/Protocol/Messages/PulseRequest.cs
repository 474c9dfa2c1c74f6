// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// PULSE request (9 bytes): cell u16 | write mV i16 (+ potentiation lowers R, - depression raises R) |
    /// width us u32 | read after u8 (0/1). Reply: flags u8 | resistance mOhm u32 (both 0 when no read was asked).
    /// </summary>
    public struct PulseRequest
    {
        /// <summary>Payload length.</summary>
        public const int Length = 9;

        /// <summary>Cell index.</summary>
        public int Cell;

        /// <summary>Write voltage in millivolts, signed by direction.</summary>
        public int Millivolts;

        /// <summary>Pulse width in microseconds.</summary>
        public uint WidthMicroseconds;

        /// <summary>Read the cell after the pulse.</summary>
        public bool ReadAfter;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U16(Cell);
            w.I16(Millivolts);
            w.U32(WidthMicroseconds);
            w.U8(ReadAfter ? 1 : 0);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out PulseRequest m)
        {
            m = new PulseRequest();
            m.Cell = r.U16();
            m.Millivolts = r.I16();
            m.WidthMicroseconds = r.U32();
            m.ReadAfter = r.U8() != 0;
            return r.CompletedExactly;
        }
    }
}
