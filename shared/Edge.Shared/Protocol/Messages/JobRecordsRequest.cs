// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol.Messages
{
    /// <summary>
    /// JOB_RECORDS request (5 bytes): job id u16 | first index u16 | max count u8. Reply and JOB_STREAM frames:
    /// job id u16 | first index u16 | count u8 | <see cref="JobRecord"/> x count (at most <see cref="MaxPerFrame"/>).
    /// Reading records is idempotent, so the host fills any gap the best-effort stream left.
    /// </summary>
    public struct JobRecordsRequest
    {
        /// <summary>Request payload length.</summary>
        public const int Length = 5;

        /// <summary>Bytes before the records in a reply or stream frame.</summary>
        public const int ReplyPrefixLength = 5;

        /// <summary>Records that fit one frame: 5 + 17 x 14 = 243 bytes.</summary>
        public const int MaxPerFrame = 17;

        /// <summary>The job (the seq of the command that started it).</summary>
        public int JobId;

        /// <summary>First record wanted.</summary>
        public int FirstIndex;

        /// <summary>Most records wanted.</summary>
        public int MaxCount;

        /// <summary>Appends the payload.</summary>
        public void Write(PayloadWriter w)
        {
            w.U16(JobId);
            w.U16(FirstIndex);
            w.U8(MaxCount);
        }

        /// <summary>Parses the payload; false if its length is wrong.</summary>
        public static bool TryRead(PayloadReader r, out JobRecordsRequest m)
        {
            m = new JobRecordsRequest();
            m.JobId = r.U16();
            m.FirstIndex = r.U16();
            m.MaxCount = r.U8();
            return r.CompletedExactly;
        }
    }
}
