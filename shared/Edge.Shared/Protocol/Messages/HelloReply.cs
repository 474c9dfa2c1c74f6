// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// HELLO reply (36 bytes): protocol u8 | catalogue hash u32 | firmware build u32 | board id u32 |
    /// table generation u32 | cell count u16 | max write mV u16 | max read mV u16 | min width us u32 |
    /// max width us u32 | max pulses per cell u16 | duty cycle % u8 | heartbeat timeout ms u16.
    /// The HELLO request carries the host's catalogue hash (u32) so the board can log a mismatch.
    /// </summary>
    public struct HelloReply
    {
        /// <summary>Payload length.</summary>
        public const int Length = 36;

        /// <summary>Board's protocol version.</summary>
        public byte ProtocolVersion;

        /// <summary>Board's <see cref="Catalogue.Hash"/>.</summary>
        public uint CatalogueHash;

        /// <summary>Firmware build: major &lt;&lt; 24 | minor &lt;&lt; 16 | patch.</summary>
        public uint FirmwareBuild;

        /// <summary>Board identity (fixed per board; the deploy journal is bound to it).</summary>
        public uint BoardId;

        /// <summary>Generation of the active table set (0 = none).</summary>
        public uint TableGeneration;

        /// <summary>Number of addressable cells.</summary>
        public ushort CellCount;

        /// <summary>Hard limit |V_write| in millivolts.</summary>
        public ushort MaxWriteMillivolts;

        /// <summary>Hard limit |V_read| in millivolts.</summary>
        public ushort MaxReadMillivolts;

        /// <summary>Shortest allowed pulse in microseconds.</summary>
        public uint MinWidthMicroseconds;

        /// <summary>Longest allowed pulse in microseconds.</summary>
        public uint MaxWidthMicroseconds;

        /// <summary>Most pulses one command may apply to one cell.</summary>
        public ushort MaxPulsesPerCell;

        /// <summary>Duty-cycle cap in percent (pulse time over pulse + rest time).</summary>
        public byte DutyCyclePercent;

        /// <summary>A running job with no host frame for this long goes to SAFE.</summary>
        public ushort HeartbeatTimeoutMs;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U8(ProtocolVersion);
            w.U32(CatalogueHash);
            w.U32(FirmwareBuild);
            w.U32(BoardId);
            w.U32(TableGeneration);
            w.U16(CellCount);
            w.U16(MaxWriteMillivolts);
            w.U16(MaxReadMillivolts);
            w.U32(MinWidthMicroseconds);
            w.U32(MaxWidthMicroseconds);
            w.U16(MaxPulsesPerCell);
            w.U8(DutyCyclePercent);
            w.U16(HeartbeatTimeoutMs);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out HelloReply m)
        {
            m = new HelloReply();
            m.ProtocolVersion = (byte)r.U8();
            m.CatalogueHash = r.U32();
            m.FirmwareBuild = r.U32();
            m.BoardId = r.U32();
            m.TableGeneration = r.U32();
            m.CellCount = (ushort)r.U16();
            m.MaxWriteMillivolts = (ushort)r.U16();
            m.MaxReadMillivolts = (ushort)r.U16();
            m.MinWidthMicroseconds = r.U32();
            m.MaxWidthMicroseconds = r.U32();
            m.MaxPulsesPerCell = (ushort)r.U16();
            m.DutyCyclePercent = (byte)r.U8();
            m.HeartbeatTimeoutMs = (ushort)r.U16();
            return r.CompletedExactly;
        }
    }
}
