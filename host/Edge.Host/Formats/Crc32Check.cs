// SPDX-License-Identifier: MIT
namespace Edge.Host.Formats;

/// <summary>
/// The host computes CRC-32/ISO-HDLC with System.IO.Hashing (vectorised); the board uses the table-driven
/// Edge.Shared.Protocol.Crc32. Both must agree on every byte string, or TABLE_BEGIN's image CRC and the frame CRCs
/// would never match; tests/Edge.Host.Tests/Formats checks this on random data.
/// </summary>
public static class Crc32Check
{
    /// <summary>CRC-32 of <paramref name="data"/> as the host computes it (e.g. the image CRC for TABLE_BEGIN).</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);

    /// <summary>True when the host and firmware-safe implementations give the same CRC for <paramref name="data"/>.</summary>
    public static bool AgreesWithFirmware(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Compute(data) == Edge.Shared.Protocol.Crc32.Compute(data, 0, data.Length);
    }
}
