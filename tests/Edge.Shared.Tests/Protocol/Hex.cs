// SPDX-License-Identifier: MIT
namespace Edge.Shared.Tests.Protocol;

/// <summary>Hex helpers for byte-exact assertions ("01 0A FF" form, as in docs/protocol.md).</summary>
internal static class Hex
{
    public static string Of(byte[] bytes, int offset, int count) =>
        Convert.ToHexString(bytes, offset, count).Chunk(2).Select(pair => new string(pair)).Aggregate(string.Empty, (a, b) => a.Length == 0 ? b : a + " " + b);

    public static string Of(byte[] bytes) => Of(bytes, 0, bytes.Length);

    public static byte[] Parse(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
}
