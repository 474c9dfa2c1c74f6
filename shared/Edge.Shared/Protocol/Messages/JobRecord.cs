// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// One result of a job (14 bytes): index u16 | level u16 | mV i16 | pulses u16 | resistance mOhm u32 | status u8 |
    /// flags u8. SWEEP: index = pulse, mV applied, R after. FFP_RUN: index = pulse event, R read before the pulse, mV =
    /// Vw(R) applied (0 on the final record). PROGRAM_LEVEL: index = item, level = start level, R = the feedforward
    /// read, pulses applied, status of the item.
    /// </summary>
    public struct JobRecord
    {
        /// <summary>Encoded length.</summary>
        public const int Length = 14;

        /// <summary>Pulse or item index.</summary>
        public ushort Index;

        /// <summary>Level (PROGRAM_LEVEL) or 0.</summary>
        public ushort Level;

        /// <summary>Applied write voltage in millivolts, signed by direction (0 = no pulse).</summary>
        public short Millivolts;

        /// <summary>Write pulses this record stands for.</summary>
        public ushort Pulses;

        /// <summary>Resistance in milliohms.</summary>
        public uint ResistanceMilliohms;

        /// <summary>Status of this step or item.</summary>
        public StatusCode Status;

        /// <summary>Read flags (<see cref="ReadRequest.FlagSaturated"/>).</summary>
        public byte Flags;

        /// <summary>Appends the record.</summary>
        public void Write(PayloadWriter w)
        {
            w.U16(Index);
            w.U16(Level);
            w.I16(Millivolts);
            w.U16(Pulses);
            w.U32(ResistanceMilliohms);
            w.U8((byte)Status);
            w.U8(Flags);
        }

        /// <summary>Reads one record (check the reader's Failed flag afterwards).</summary>
        public static JobRecord Read(PayloadReader r)
        {
            JobRecord m;
            m.Index = (ushort)r.U16();
            m.Level = (ushort)r.U16();
            m.Millivolts = (short)r.I16();
            m.Pulses = (ushort)r.U16();
            m.ResistanceMilliohms = r.U32();
            m.Status = (StatusCode)r.U8();
            m.Flags = (byte)r.U8();
            return m;
        }
    }
}
