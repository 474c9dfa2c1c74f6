// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using Edge.Shared.Numerics;

namespace Edge.Simulation.Analog.Lanes;

/// <summary>
/// Standard normals from xoshiro128+ uniforms through Box-Muller, one generator per vector lane: two vectors of normals
/// (the cosine and sine halves) per step. Lane j of a block is always generator j of the seed's sixteen, whatever the
/// register width, so a seed gives the same normals on 512-, 256- and 128-bit hardware.
/// </summary>
/// <remarks>
/// Uniforms have 24-bit resolution, so |z| stays below 5.8 sigma, as with libtorch's float Box-Muller. The log and the
/// quarter-circle sin/cos are float-accurate polynomials (.NET's vector SinCos alone costs more per value than
/// libtorch's whole generator).
/// </remarks>
internal struct GaussianLanes<TLanes, TF, TU>
    where TLanes : ILanes<TF, TU>
    where TF : unmanaged
    where TU : unmanaged
{
    /// <summary>Generators per seed: a block holds 2 x 16 normals.</summary>
    public const int Generators = 16;

    private const float HalfPi = 1.57079632679489661923f;
    private const float Ln2 = 0.693147180559945309417f;
    private const float UnitPerCount = 1.0f / 16777216.0f; // 2^-24

    private TU s0;
    private TU s1;
    private TU s2;
    private TU s3;

    /// <summary>Lanes <paramref name="first"/> .. first + TLanes.Count - 1 of the seed's sixteen generators.</summary>
    public GaussianLanes(ulong seed, int first)
    {
        // SplitMix64 expansion of the seed into 16 generators x 4 words; s0 is made odd so no generator is all zero.
        Span<uint> words = stackalloc uint[4 * Generators];
        var state = seed;
        for (var i = 0; i < words.Length; i += 2)
        {
            var z = SplitMix64.Next(ref state);
            words[i] = (uint)z;
            words[i + 1] = (uint)(z >> 32);
        }

        var count = TLanes.Count;
        s0 = TLanes.Or(TLanes.Create(words.Slice(first, count)), TLanes.Broadcast(1u));
        s1 = TLanes.Create(words.Slice(Generators + first, count));
        s2 = TLanes.Create(words.Slice((2 * Generators) + first, count));
        s3 = TLanes.Create(words.Slice((3 * Generators) + first, count));
    }

    /// <summary>Two vectors of standard normals (Box-Muller's cosine and sine outputs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Next(out TF cosine, out TF sine)
    {
        var a = NextUniformBits();
        var b = NextUniformBits();

        // u1 in (0, 1] (log stays finite); phi uniform in [0, pi/2). Independent random signs on the two
        // components (a's low byte is otherwise unused) spread the angle uniformly over the full circle.
        var u1 = TLanes.Multiply(TLanes.Add(TLanes.ToSingle(TLanes.ShiftRightLogical(a, 8)), TLanes.Broadcast(1f)), TLanes.Broadcast(UnitPerCount));
        var phi = TLanes.Multiply(TLanes.ToSingle(TLanes.ShiftRightLogical(b, 8)), TLanes.Broadcast(UnitPerCount * HalfPi));
        var radius = TLanes.Sqrt(TLanes.Multiply(TLanes.Broadcast(-2.0f), Log(u1)));
        SinCosQuarter(phi, out var sin, out var cos);
        var signs = TLanes.Broadcast(0x80000000u);
        cosine = TLanes.FromBits(TLanes.Xor(TLanes.Bits(TLanes.Multiply(radius, cos)), TLanes.And(TLanes.ShiftLeft(a, 24), signs)));
        sine = TLanes.FromBits(TLanes.Xor(TLanes.Bits(TLanes.Multiply(radius, sin)), TLanes.And(TLanes.ShiftLeft(a, 25), signs)));
    }

    /// <summary>
    /// Natural log for x in (0, 1]: x = 2^e m with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(t), t = (m-1)/(m+1),
    /// |t| &lt; 0.172, series to t^9 (truncation below 2e-9, under float resolution).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF Log(TF x)
    {
        // Shift the mantissa range to [sqrt(1/2), sqrt(2)) by biasing with the bits of sqrt(1/2) (0x3F3504F3).
        var bias = TLanes.Broadcast(0x3F3504F3u);
        var bits = TLanes.Subtract(TLanes.Bits(x), bias);
        var exponent = TLanes.ToSingle(TLanes.ShiftRightArithmetic(bits, 23));
        var m = TLanes.FromBits(TLanes.Add(TLanes.And(bits, TLanes.Broadcast(0x007FFFFFu)), bias));
        var one = TLanes.Broadcast(1f);
        var t = TLanes.Divide(TLanes.Subtract(m, one), TLanes.Add(m, one));
        var t2 = TLanes.Multiply(t, t);
        var series = TLanes.MultiplyAdd(t2, TLanes.Broadcast(1f / 9f), TLanes.Broadcast(1f / 7f));
        series = TLanes.MultiplyAdd(t2, series, TLanes.Broadcast(1f / 5f));
        series = TLanes.MultiplyAdd(t2, series, TLanes.Broadcast(1f / 3f));
        series = TLanes.MultiplyAdd(t2, series, one);
        return TLanes.MultiplyAdd(exponent, TLanes.Broadcast(Ln2), TLanes.Multiply(TLanes.Multiply(TLanes.Broadcast(2f), t), series));
    }

    /// <summary>sin and cos for x in [0, pi/2): Taylor series to x^11 / x^12 (truncation below 6e-8).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SinCosQuarter(TF x, out TF sin, out TF cos)
    {
        var x2 = TLanes.Multiply(x, x);
        var s = TLanes.MultiplyAdd(x2, TLanes.Broadcast(-1f / 39916800f), TLanes.Broadcast(1f / 362880f));
        s = TLanes.MultiplyAdd(x2, s, TLanes.Broadcast(-1f / 5040f));
        s = TLanes.MultiplyAdd(x2, s, TLanes.Broadcast(1f / 120f));
        s = TLanes.MultiplyAdd(x2, s, TLanes.Broadcast(-1f / 6f));
        s = TLanes.MultiplyAdd(x2, s, TLanes.Broadcast(1f));
        sin = TLanes.Multiply(s, x);
        var c = TLanes.MultiplyAdd(x2, TLanes.Broadcast(1f / 479001600f), TLanes.Broadcast(-1f / 3628800f));
        c = TLanes.MultiplyAdd(x2, c, TLanes.Broadcast(1f / 40320f));
        c = TLanes.MultiplyAdd(x2, c, TLanes.Broadcast(-1f / 720f));
        c = TLanes.MultiplyAdd(x2, c, TLanes.Broadcast(1f / 24f));
        c = TLanes.MultiplyAdd(x2, c, TLanes.Broadcast(-0.5f));
        cos = TLanes.MultiplyAdd(x2, c, TLanes.Broadcast(1f));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TU NextUniformBits()
    {
        var result = TLanes.Add(s0, s3); // xoshiro128+: the high bits (used here) are full quality
        var t = TLanes.ShiftLeft(s1, 9);
        s2 = TLanes.Xor(s2, s0);
        s3 = TLanes.Xor(s3, s1);
        s1 = TLanes.Xor(s1, s2);
        s0 = TLanes.Xor(s0, s3);
        s2 = TLanes.Xor(s2, t);
        s3 = TLanes.Or(TLanes.ShiftLeft(s3, 11), TLanes.ShiftRightLogical(s3, 21));
        return result;
    }
}
