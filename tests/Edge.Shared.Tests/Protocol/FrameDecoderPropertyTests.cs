// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Protocol;

public class FrameDecoderPropertyTests
{
    [Fact]
    public void Hundred_thousand_random_frames_survive_encode_then_decode_with_no_zero_inside()
    {
        TestFrame.Gen.Sample(frame =>
        {
            byte[] wire = frame.Encode();
            Assert.True(wire.Length <= FrameCodec.MaxWireLength);
            Assert.Equal(0, wire[^1]);
            Assert.Equal(-1, Array.IndexOf(wire, (byte)0, 0, wire.Length - 1));

            var decoder = new FrameDecoder();
            for (int i = 0; i < wire.Length - 1; i++)
            {
                Assert.False(decoder.Push(wire[i]));
            }

            Assert.True(decoder.Push(0));
            Assert.True(frame.MatchesDecoded(decoder), "decoded frame differs from " + frame);
        }, iter: 100_000);
    }

    [Fact]
    public void Any_chunking_of_a_stream_of_frames_decodes_the_same_frames_in_order()
    {
        Gen.Select(TestFrame.Gen.Array[1, 12], Gen.Int[1, 700].Array[1, 40]).Sample(t =>
        {
            var (frames, chunkSizes) = t;
            byte[] stream = frames.SelectMany(f => f.Encode()).ToArray();
            var decoder = new FrameDecoder();
            int matched = 0;
            int at = 0;
            for (int c = 0; at < stream.Length; c = (c + 1) % chunkSizes.Length)
            {
                // A serial read returns whatever arrived: feed each chunk byte by byte as a driver would.
                int end = Math.Min(stream.Length, at + chunkSizes[c]);
                for (; at < end; at++)
                {
                    if (decoder.Push(stream[at]))
                    {
                        Assert.True(matched < frames.Length && frames[matched].MatchesDecoded(decoder), "frame " + matched + " out of order or altered");
                        matched++;
                    }
                }
            }

            Assert.Equal(frames.Length, matched);
            Assert.Equal(0, decoder.RejectedCobs + decoder.RejectedLength + decoder.RejectedCrc);
        }, iter: 3_000);
    }

    [Fact]
    public void Garbage_ending_in_a_delimiter_between_frames_costs_no_valid_frame()
    {
        Gen.Select(TestFrame.Gen.Array[3], Gen.Byte.Array[0, 700]).Sample(t =>
        {
            var (frames, garbage) = t;
            byte[] stream = [.. frames[0].Encode(), .. garbage, 0, .. frames[1].Encode(), .. frames[2].Encode()];
            Assert.Equal(3, Decode(stream, frames));
        }, iter: 5_000);
    }

    [Fact]
    public void Garbage_glued_to_a_frame_costs_at_most_that_frame_and_the_decoder_resyncs_on_the_next()
    {
        // Without a delimiter after the noise the receiver cannot tell where the next frame starts, so the frame the
        // noise runs into is lost (rejected, never altered); the one after it must come through.
        Gen.Select(TestFrame.Gen.Array[3], Gen.Byte.Array[1, 700]).Sample(t =>
        {
            var (frames, garbage) = t;
            byte[] stream = [.. frames[0].Encode(), .. garbage, .. frames[1].Encode(), .. frames[2].Encode()];
            var decoded = DecodeAll(stream, frames);
            bool secondSurvives = garbage[^1] == 0;
            Assert.Equal(secondSurvives ? [0, 1, 2] : new[] { 0, 2 }, decoded);
        }, iter: 5_000);
    }

    [Fact]
    public void An_overlong_run_without_delimiter_is_dropped_as_COBS_error_and_the_next_frame_decodes()
    {
        var frames = new[] { new TestFrame(new FrameHeader { Version = 1, Type = MessageType.Ping, Seq = 9 }, [1, 2, 3]) };
        var noise = Enumerable.Repeat((byte)0x5A, 5 * FrameCodec.MaxWireLength).ToArray();
        var decoder = new FrameDecoder();
        foreach (byte b in noise.Append((byte)0))
        {
            Assert.False(decoder.Push(b));
        }

        Assert.Equal(1, decoder.RejectedCobs);
        Assert.Equal(1, frames[0].Encode().Count(decoder.Push));
        Assert.True(frames[0].MatchesDecoded(decoder));
    }

    [Fact]
    public void Back_to_back_delimiters_are_idle_filler_not_errors()
    {
        var frame = new TestFrame(new FrameHeader { Version = 1, Type = MessageType.Status, Seq = 3 }, []);
        byte[] stream = [0, 0, 0, .. frame.Encode(), 0, 0];
        var decoder = new FrameDecoder();
        Assert.Equal(1, stream.Count(decoder.Push));
        Assert.Equal(0, decoder.RejectedCobs + decoder.RejectedLength + decoder.RejectedCrc);
    }

    [Fact]
    public void Reset_forgets_a_partial_frame()
    {
        var frame = new TestFrame(new FrameHeader { Version = 1, Type = MessageType.Status, Seq = 3 }, [7, 7]);
        byte[] wire = frame.Encode();
        var decoder = new FrameDecoder();
        for (int i = 0; i < 5; i++)
        {
            decoder.Push(wire[i]);
        }

        decoder.Reset();
        Assert.Equal(1, wire.Count(decoder.Push));
        Assert.True(frame.MatchesDecoded(decoder));
    }

    private static int Decode(byte[] stream, TestFrame[] expected) => DecodeAll(stream, expected).Count;

    /// <summary>Indices of the expected frames the decoder delivered; fails on any frame that matches none.</summary>
    private static List<int> DecodeAll(byte[] stream, TestFrame[] expected)
    {
        var decoder = new FrameDecoder();
        var found = new List<int>();
        foreach (byte b in stream)
        {
            if (decoder.Push(b))
            {
                int index = Array.FindIndex(expected, f => f.MatchesDecoded(decoder));
                Assert.True(index >= 0, "the decoder accepted a frame that was never sent");
                found.Add(index);
            }
        }

        return found;
    }
}
