// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Protocol;

public class CobsTests
{
    /// <summary>
    /// The published examples (Wikipedia "Consistent Overhead Byte Stuffing", examples 1-10, after Cheshire and Baker
    /// 1999), without the trailing 0x00 delimiter. "SEQ a..b" expands to the consecutive bytes a to b.
    /// </summary>
    public static TheoryData<string, string> PublishedExamples => new()
    {
        { "00", "01 01" },
        { "00 00", "01 01 01" },
        { "00 11 00", "01 02 11 01" },
        { "11 22 00 33", "03 11 22 02 33" },
        { "11 22 33 44", "05 11 22 33 44" },
        { "11 00 00 00", "02 11 01 01 01" },
        { "SEQ 01..FE", "FF SEQ 01..FE" },
        { "SEQ 00..FE", "01 FF SEQ 01..FE" },
        { "SEQ 01..FF", "FF SEQ 01..FE 02 FF" },
        { "SEQ 02..FF 00", "FF SEQ 02..FF 01 01" },
        { "SEQ 03..FF 00 01", "FE SEQ 03..FF 02 01" },
    };

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void Encodes_the_published_examples(string raw, string encoded)
    {
        byte[] input = Expand(raw);
        byte[] expected = Expand(encoded);
        var output = new byte[Cobs.MaxEncodedLength(input.Length)];
        int length = Cobs.Encode(input, 0, input.Length, output, 0);
        Assert.Equal(Hex.Of(expected), Hex.Of(output, 0, length));
    }

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void Decodes_the_published_examples(string raw, string encoded)
    {
        byte[] expected = Expand(raw);
        byte[] input = Expand(encoded);
        var output = new byte[300];
        int length = Cobs.Decode(input, 0, input.Length, output, 0, output.Length);
        Assert.Equal(Hex.Of(expected), Hex.Of(output, 0, length));
    }

    [Fact]
    public void Empty_input_encodes_to_a_single_code_byte()
    {
        var output = new byte[1];
        Assert.Equal(1, Cobs.Encode([], 0, 0, output, 0));
        Assert.Equal(0x01, output[0]);
    }

    [Fact]
    public void Round_trips_random_data_without_zeros_and_within_the_worst_case_length()
    {
        Gen.Byte.Array[0, 1200].Sample(data =>
        {
            var encoded = new byte[Cobs.MaxEncodedLength(data.Length)];
            int length = Cobs.Encode(data, 0, data.Length, encoded, 0);
            Assert.True(length <= Cobs.MaxEncodedLength(data.Length));
            Assert.DoesNotContain((byte)0, encoded.AsSpan(0, length).ToArray());
            var decoded = new byte[data.Length + 1];
            int decodedLength = Cobs.Decode(encoded, 0, length, decoded, 0, decoded.Length);
            Assert.Equal(data, decoded.AsSpan(0, decodedLength).ToArray());
        }, iter: 5_000);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("03 11 00 22")]
    [InlineData("05 11 22 33")]
    [InlineData("02")]
    public void Rejects_a_zero_inside_or_a_code_that_points_past_the_end(string encoded)
    {
        byte[] input = Hex.Parse(encoded);
        var output = new byte[16];
        Assert.Equal(-1, Cobs.Decode(input, 0, input.Length, output, 0, output.Length));
    }

    [Fact]
    public void Rejects_output_that_would_exceed_the_capacity()
    {
        byte[] input = Hex.Parse("05 11 22 33 44");
        var output = new byte[3];
        Assert.Equal(-1, Cobs.Decode(input, 0, input.Length, output, 0, 3));
        Assert.Equal(4, Cobs.Decode(input, 0, input.Length, new byte[4], 0, 4));
    }

    private static byte[] Expand(string spec)
    {
        var bytes = new List<byte>();
        var parts = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] == "SEQ")
            {
                var range = parts[++i].Split("..");
                int from = Convert.ToInt32(range[0], 16);
                int to = Convert.ToInt32(range[1], 16);
                for (int b = from; b <= to; b++)
                {
                    bytes.Add((byte)b);
                }
            }
            else
            {
                bytes.Add(Convert.ToByte(parts[i], 16));
            }
        }

        return [.. bytes];
    }
}
