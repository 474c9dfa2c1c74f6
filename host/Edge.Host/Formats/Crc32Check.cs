// SPDX-License-Identifier: MIT
namespace Edge.Host.Formats;

/// <summary>
/// The host computes CRC-32/ISO-HDLC with System.IO.Hashing (vectorised); the board uses the table-driven
/// Edge.Shared.Protocol.Crc32. Both must agree on every byte string, or TABLE_BEGIN's image CRC and the frame CRCs
/// would never match; tests/Edge.Host.Tests/Formats/Crc32CheckTests checks this on random data.
/// </summary>
public static class Crc32Check
{
    /// <summary>CRC-32 of <paramref name="data"/> as the host computes it (e.g. the image CRC for TABLE_BEGIN).</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
