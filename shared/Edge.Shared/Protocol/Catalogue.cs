// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// The message catalogue as text, and its CRC-32. HELLO carries the hash, so builds whose ids or payload layouts
    /// differ refuse to talk. Any change to a message id or layout MUST change <see cref="Definition"/> (and
    /// docs/protocol.md); tests check the text names every <see cref="MessageType"/>.
    /// </summary>
    public static class Catalogue
    {
        /// <summary>One line per message: id, name, request layout -> reply layout.</summary>
        public const string Definition =
            "v1;hdr=u8 ver,u8 type,u8 flags,u8 status,u16 seq,u16 ack,u16 session,u16 len;crc32-iso-hdlc;cobs;cap=256\n" +
            "01 HELLO u32 hash -> u8 ver,u32 hash,u32 build,u32 board,u32 gen,u16 cells,u16 maxWmV,u16 maxRmV,u32 minWus,u32 maxWus,u16 maxPulses,u8 duty%,u16 hbMs\n" +
            "02 PING bytes -> bytes\n" +
            "03 STATUS - -> u8 state,u8 jobType,u8 jobStatus,u8 fault,u16 job,u16 records,u16 planned,u16 rejected,u32 pulses,u32 uptimeMs,u32 gen\n" +
            "04 HEARTBEAT - -> STATUS\n" +
            "05 ABORT - -> STATUS\n" +
            "10 READ i16 mV,u8 n,u16 cell*n -> u8 n,(u8 flags,u32 mOhm)*n\n" +
            "11 PULSE u16 cell,i16 mV,u32 us,u8 read -> u8 flags,u32 mOhm\n" +
            "12 SWEEP u16 cell,i16 mV,u32 us,u16 pulses -> job\n" +
            "13 FFP_RUN u8 dir,u8 0,u16 cell,u16 maxPulses -> job\n" +
            "14 PROGRAM_LEVEL u8 dir,u8 mode,u16 levels,u8 n,(u16 cell,u16 level)*n -> job\n" +
            "15 JOB_RECORDS u16 job,u16 first,u8 max -> u16 job,u16 first,u8 n,rec*n\n" +
            "16 JOB_STREAM - u16 job,u16 first,u8 n,rec*n;rec=u16 index,u16 level,i16 mV,u16 pulses,u32 mOhm,u8 status,u8 flags\n" +
            "20 TABLE_BEGIN u32 len,u32 crc,u32 gen -> u16 maxChunk,u32 next\n" +
            "21 TABLE_CHUNK u32 offset,bytes -> u32 next\n" +
            "22 TABLE_END - -> u32 gen\n" +
            "23 TABLE_INFO - -> u8 valid,u8 slot,u32 gen,u32 len,u32 crc,u8 n,(u8 dir,u16 levels)*n\n";

        private static uint hash;

        /// <summary>CRC-32 of <see cref="Definition"/> (ASCII).</summary>
        public static uint Hash
        {
            get
            {
                if (hash == 0)
                {
                    // The definition is ASCII, so each char is one byte; the firmware has no Encoding class.
                    var bytes = new byte[Definition.Length];
                    for (int i = 0; i < bytes.Length; i++)
                    {
                        bytes[i] = (byte)Definition[i];
                    }

                    hash = Crc32.Compute(bytes, 0, bytes.Length);
                }

                return hash;
            }
        }
    }
}
