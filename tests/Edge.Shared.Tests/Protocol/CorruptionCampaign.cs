// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Shared.Tests.Protocol;

/// <summary>Figures of one corruption campaign run.</summary>
internal sealed record CampaignResult(
    long Frames,
    long Corrupted,
    long CorruptedAccepted,
    long WrongAccepted,
    long CleanAccepted,
    long CleanLost,
    long DelimiterHits,
    long DetectedByCobs,
    long DetectedByLength,
    long DetectedByCrc,
    long RejectedCobs,
    long RejectedLength,
    long RejectedCrc,
    long[] ByKind,
    TimeSpan Elapsed)
{
    public override string ToString() =>
        $"frames {Frames:N0}, corrupted {Corrupted:N0} (1 bit {ByKind[0]:N0}, 2 bits {ByKind[1]:N0}, 3 bits {ByKind[2]:N0}, burst<=32 {ByKind[3]:N0}), " +
        $"corrupted accepted {CorruptedAccepted}, wrong frames accepted {WrongAccepted}, clean accepted {CleanAccepted:N0}, " +
        $"clean lost {CleanLost:N0} (delimiters hit {DelimiterHits:N0}); first detected by COBS {DetectedByCobs:N0}, " +
        $"length {DetectedByLength:N0}, CRC {DetectedByCrc:N0}; decoder rejections COBS {RejectedCobs:N0}, length {RejectedLength:N0}, " +
        $"CRC {RejectedCrc:N0}; {Elapsed.TotalSeconds:F1} s";
}

/// <summary>
/// Streams seeded random frames through one decoder, corrupting every tenth, and attributes each corruption to the
/// first check that fired while that frame and the next (clean) frame went through. Buffers are reused: nothing is
/// allocated per frame.
/// </summary>
internal static class CorruptionCampaign
{
    public static CampaignResult Run(int frames, int seed, bool corrupt = true)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var codec = new FrameCodec();
        var decoder = new FrameDecoder();
        var payload = new byte[FrameCodec.MaxPayloadLength];
        var wire = new byte[FrameCodec.MaxWireLength];
        var clean = new byte[FrameCodec.MaxFrameLength];
        var byKind = new long[4];
        long corrupted = 0, corruptedAccepted = 0, wrongAccepted = 0, cleanAccepted = 0, cleanLost = 0, delimiterHits = 0;
        long byCobs = 0, byLength = 0, byCrc = 0;
        int pendingDetection = 0; // 0: none; 1: a corrupted frame is in its window and no check has fired yet

        for (int i = 0; i < frames; i++)
        {
            var header = new FrameHeader
            {
                Version = (byte)random.Next(256),
                Type = (MessageType)random.Next(256),
                Flags = (byte)random.Next(256),
                Status = (StatusCode)random.Next(256),
                Seq = (ushort)random.Next(65536),
                Ack = (ushort)random.Next(65536),
                Session = (ushort)random.Next(65536),
            };
            int payloadLength = random.Next(FrameCodec.MaxPayloadLength + 1);
            random.NextBytes(payload.AsSpan(0, payloadLength));
            int wireLength = codec.Encode(header, payload, 0, payloadLength, wire, 0);
            header.PayloadLength = (ushort)payloadLength;
            header.WriteTo(clean, 0);
            Buffer.BlockCopy(payload, 0, clean, FrameHeader.Length, payloadLength);
            int cleanLength = FrameHeader.Length + payloadLength;

            bool isCorrupted = i % 10 == 0;
            if (isCorrupted)
            {
                corrupted++;
                int kind = random.Next(4);
                byKind[kind]++;
                if (corrupt)
                {
                    Corrupt(wire, wireLength, kind, random);
                }

                if (wire[wireLength - 1] != 0)
                {
                    delimiterHits++;
                }

                pendingDetection = 1;
            }
            else if (i % 10 != 1)
            {
                pendingDetection = 0; // the window of a corrupted frame is itself plus the next frame
            }

            bool accepted = false;
            for (int b = 0; b < wireLength; b++)
            {
                long cobs = decoder.RejectedCobs, length = decoder.RejectedLength, crc = decoder.RejectedCrc;
                if (decoder.Push(wire[b]))
                {
                    bool same = decoder.FrameLength == cleanLength + FrameCodec.CrcLength
                        && decoder.FrameBuffer.AsSpan(0, cleanLength).SequenceEqual(clean.AsSpan(0, cleanLength));
                    if (!same)
                    {
                        wrongAccepted++;
                    }

                    if (isCorrupted)
                    {
                        corruptedAccepted++;
                    }
                    else if (same)
                    {
                        accepted = true;
                    }
                }
                else if (pendingDetection == 1)
                {
                    if (decoder.RejectedCobs != cobs)
                    {
                        byCobs++;
                        pendingDetection = 0;
                    }
                    else if (decoder.RejectedLength != length)
                    {
                        byLength++;
                        pendingDetection = 0;
                    }
                    else if (decoder.RejectedCrc != crc)
                    {
                        byCrc++;
                        pendingDetection = 0;
                    }
                }
            }

            if (!isCorrupted)
            {
                if (accepted)
                {
                    cleanAccepted++;
                }
                else
                {
                    cleanLost++;
                }
            }
        }

        return new CampaignResult(frames, corrupted, corruptedAccepted, wrongAccepted, cleanAccepted, cleanLost, delimiterHits,
            byCobs, byLength, byCrc, decoder.RejectedCobs, decoder.RejectedLength, decoder.RejectedCrc, byKind, started.Elapsed);
    }

    /// <summary>Kinds 0-2: 1-3 distinct single-bit flips; kind 3: a burst of 1..32 bits (first and last bit flipped).</summary>
    private static void Corrupt(byte[] wire, int length, int kind, Random random)
    {
        int bits = length * 8;
        if (kind < 3)
        {
            Span<int> used = stackalloc int[3];
            for (int flip = 0; flip <= kind; flip++)
            {
                int bit;
                do
                {
                    bit = random.Next(bits);
                }
                while (used[..flip].Contains(bit));

                used[flip] = bit;
                wire[bit >> 3] ^= (byte)(1 << (bit & 7));
            }

            return;
        }

        int burst = random.Next(1, 33);
        int start = random.Next(bits - burst + 1);
        for (int k = 0; k < burst; k++)
        {
            bool flip = k == 0 || k == burst - 1 || random.Next(2) == 1;
            if (flip)
            {
                int bit = start + k;
                wire[bit >> 3] ^= (byte)(1 << (bit & 7));
            }
        }
    }
}
