// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Link
{
    /// <summary>
    /// The last encoded replies by command seq (within the board's session). A command retried with the same seq gets
    /// its reply again and is never executed twice (RELIABILITY.md, "Link"). Fixed memory: <see cref="Slots"/> replies.
    /// </summary>
    public sealed class ReplyCache
    {
        /// <summary>Replies kept (one command is outstanding at a time, so a few cover interleaved heartbeats).</summary>
        public const int Slots = 8;

        private readonly int[] seqs = new int[Slots];
        private readonly int[] lengths = new int[Slots];
        private readonly byte[][] frames = new byte[Slots][];
        private int next;

        /// <summary>Creates an empty cache with buffers of <paramref name="maxFrameBytes"/> each.</summary>
        public ReplyCache(int maxFrameBytes)
        {
            for (int i = 0; i < Slots; i++)
            {
                seqs[i] = -1;
                frames[i] = new byte[maxFrameBytes];
            }
        }

        /// <summary>Finds the cached reply to <paramref name="seq"/>; returns its slot or -1.</summary>
        public int Find(int seq)
        {
            for (int i = 0; i < Slots; i++)
            {
                if (seqs[i] == seq)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The encoded bytes of a slot.</summary>
        public byte[] Frame(int slot)
        {
            return frames[slot];
        }

        /// <summary>The encoded length of a slot.</summary>
        public int Length(int slot)
        {
            return lengths[slot];
        }

        /// <summary>Stores a reply (oldest evicted).</summary>
        public void Store(int seq, byte[] frame, int offset, int length)
        {
            int slot = Find(seq);
            if (slot < 0)
            {
                slot = next;
                next = (next + 1) % Slots;
            }

            byte[] target = frames[slot];
            for (int i = 0; i < length; i++)
            {
                target[i] = frame[offset + i];
            }

            lengths[slot] = length;
            seqs[slot] = seq;
        }

        /// <summary>Forgets everything (new session).</summary>
        public void Clear()
        {
            for (int i = 0; i < Slots; i++)
            {
                seqs[i] = -1;
            }
        }
    }
}
