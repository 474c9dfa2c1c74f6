// SPDX-License-Identifier: MIT
using CsCheck;
using Edge.Host.Formats;
using Xunit;

namespace Edge.Host.Tests.Formats;

public class Crc32CheckTests
{
    [Fact]
    public void Host_CRC_gives_the_published_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32Check.Compute("123456789"u8));
    }

    [Fact]
    public void Host_and_firmware_CRC_agree_on_random_data()
    {
        Gen.Byte.Array[0, 2000].Sample(AgreesWithFirmware, iter: 5_000);
    }

    [Fact]
    public void Host_CRC_of_a_written_table_file_matches_its_header()
    {
        // The payload CRC stored by the firmware-safe serialiser is what the host computes over the payload bytes.
        byte[] image = Edge.Shared.Formats.FfpTableCodec.Serialize(Samples.Ffp(), 1);
        uint stored = Edge.Shared.Protocol.LittleEndian.ReadUInt32(image, 16);
        Assert.Equal(stored, Crc32Check.Compute(image.AsSpan(24)));
    }

    /// <summary>True when the host and firmware-safe implementations give the same CRC for <paramref name="data"/>.</summary>
    private static bool AgreesWithFirmware(byte[] data) => Crc32Check.Compute(data) == Edge.Shared.Protocol.Crc32.Compute(data, 0, data.Length);
}
