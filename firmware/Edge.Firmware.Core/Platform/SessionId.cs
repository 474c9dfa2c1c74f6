// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Platform
{
    /// <summary>
    /// The per-boot session id of <see cref="BoardIdentity"/>: a host notices a reboot because the id changes, so two
    /// boots should almost never share one. Mixes whatever entropy the platform has (a random number, a timer value).
    /// </summary>
    public static class SessionId
    {
        /// <summary>A session id in 1..65535 from two entropy words (0 is reserved for a host before its HELLO).</summary>
        public static ushort FromEntropy(uint first, uint second)
        {
            // Murmur3's 32-bit finaliser over both words: every input bit flips about half of the output bits.
            uint h = first ^ (second * 0x9E3779B1u);
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            h *= 0xC2B2AE35u;
            h ^= h >> 16;
            return (ushort)(1 + (h % 65535u));
        }
    }
}
