// SPDX-License-Identifier: MIT
namespace Edge.Host.ErrorModel;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): the standard way to turn a 64-bit seed, or a (seed, counter) pair, into
/// well-mixed generator state. Used to seed each sampler block's generator from (seed, block index).
/// </summary>
public static class SplitMix64
{
    /// <summary>The golden-ratio increment of the SplitMix64 sequence.</summary>
    public const ulong Increment = 0x9E3779B97F4A7C15UL;

    /// <summary>The SplitMix64 finaliser: a bijective avalanche mix of one 64-bit word.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Advances <paramref name="state"/> by the increment and returns the mixed value (one SplitMix64 step).</summary>
    public static ulong Next(ref ulong state)
    {
        state += Increment;
        return Mix(state);
    }
}
