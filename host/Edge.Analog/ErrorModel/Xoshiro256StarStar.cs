// SPDX-License-Identifier: MIT
using System.Numerics;
using System.Runtime.CompilerServices;
using Edge.Shared.Numerics;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018): a fast 64-bit generator with period 2^256 - 1 that passes BigCrush and
/// PractRand. A struct so the sampler keeps its four state words in registers.
/// </summary>
public struct Xoshiro256StarStar
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>Seeds the state with four SplitMix64 outputs of <paramref name="seed"/> (never all zero).</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var state = seed;
        s0 = SplitMix64.Next(ref state);
        s1 = SplitMix64.Next(ref state);
        s2 = SplitMix64.Next(ref state);
        s3 = SplitMix64.Next(ref state);
    }

    /// <summary>
    /// The generator for block <paramref name="block"/> of a stream with seed <paramref name="seed"/>: a counter-based
    /// key, so every block's numbers are fixed by (seed, block) whichever thread draws them and in whatever order.
    /// </summary>
    public static Xoshiro256StarStar ForBlock(ulong seed, long block)
        => new(SplitMix64.Mix(seed ^ SplitMix64.Mix(((ulong)block + 1) * SplitMix64.Increment)));

    /// <summary>The next 64 uniform random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Next()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }
}
