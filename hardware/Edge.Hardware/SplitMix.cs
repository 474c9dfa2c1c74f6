// SPDX-License-Identifier: MIT
namespace Edge.Hardware;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014) for the simulated hardware: seeds the cells' generators, keys the ADC's
/// counter-based read noise and the virtual board's session ids. One implementation, so a seed means the same
/// stream everywhere in the simulation.
/// </summary>
internal static class SplitMix
{
    /// <summary>The golden-ratio increment of the sequence.</summary>
    public const ulong Increment = 0x9E3779B97F4A7C15UL;

    /// <summary>The finaliser: a bijective avalanche mix of one word.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>One step: advances <paramref name="state"/> by the increment and mixes it.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Increment;
        return Mix(state);
    }
}
