// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Shared.Tests.Protocol;

public class Crc32Tests
{
    [Fact]
    public void Check_value_of_123456789_is_the_published_CBF43926()
    {
        // CRC-32/ISO-HDLC check value (Greg Cook's CRC catalogue, "CRC-32/ISO-HDLC": check=0xcbf43926).
        byte[] data = "123456789"u8.ToArray();
        Assert.Equal(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
    }

    [Fact]
    public void Empty_input_gives_zero()
    {
        Assert.Equal(0u, Crc32.Compute([], 0, 0));
    }

    [Fact]
    public void Agrees_with_System_IO_Hashing_on_random_data()
    {
        Gen.Byte.Array[0, 600].Sample(data =>
        {
            uint expected = System.IO.Hashing.Crc32.HashToUInt32(data);
            Assert.Equal(expected, Crc32.Compute(data, 0, data.Length));
        }, iter: 10_000);
    }

    [Fact]
    public void Agrees_with_System_IO_Hashing_on_a_region_inside_a_larger_buffer()
    {
        Gen.Select(Gen.Byte.Array[1, 300], Gen.Int[0, 299], Gen.Int[0, 299]).Sample(t =>
        {
            var (data, a, b) = t;
            int offset = a % data.Length;
            int count = b % (data.Length - offset + 1);
            uint expected = System.IO.Hashing.Crc32.HashToUInt32(data.AsSpan(offset, count));
            Assert.Equal(expected, Crc32.Compute(data, offset, count));
        }, iter: 5_000);
    }

    [Fact]
    public void Chunked_update_equals_one_shot_compute()
    {
        // The board checks an uploaded table chunk by chunk with Update; it must give the whole-image CRC.
        Gen.Select(Gen.Byte.Array[0, 1000], Gen.Int[1, 300]).Sample(t =>
        {
            var (data, chunk) = t;
            uint register = Crc32.Seed;
            for (int at = 0; at < data.Length; at += chunk)
            {
                register = Crc32.Update(register, data, at, Math.Min(chunk, data.Length - at));
            }

            Assert.Equal(Crc32.Compute(data, 0, data.Length), ~register);
        }, iter: 2_000);
    }
}
