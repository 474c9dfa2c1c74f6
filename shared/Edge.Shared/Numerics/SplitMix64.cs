// SPDX-License-Identifier: MIT
namespace Edge.Shared.Numerics;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): the standard way to turn a 64-bit seed, or a (seed, counter) pair, into
/// well-mixed generator state. The one implementation for the whole system, so a seed means the same stream
/// everywhere: the host's sampler blocks and fault injector, the simulator's ADC noise and seed derivation, and the
/// simulated hardware's cells, read noise and session ids. Firmware-safe (ulong arithmetic only), which is why it lives
/// in shared/, the one project both the host and the hardware simulation reference.
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
