// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Edge.Shared.Numerics;

namespace Edge.Simulation.Analog;

/// <summary>
/// The inference ADC in one pass over a column-signal buffer: scale to ADC codes, add Gaussian read noise, round to
/// the code grid and clip to the code range - c = clamp(round(v k + sigma z), -m, m), z ~ N(0, 1) per conversion.
/// </summary>
/// <remarks>
/// Why not torch: libtorch's CPU <c>normal_</c> draws from one mt19937 on one thread (about 2.3 ns per value here),
/// which made read noise alone cost half an MLP's matrix products; scaling, noise addition, rounding, clipping and
/// rescaling were five more passes. This kernel draws its normals with eight-lane xoshiro128+ and vectorised
/// Box-Muller (its own float-accurate log and quarter-circle sin/cos polynomials: .NET's Vector256.SinCos alone costs
/// more per value than libtorch's whole generator). Uniforms have 24-bit resolution, so |z| stays below 5.8 sigma, as
/// with libtorch's float Box-Muller. It runs on one core: a Parallel.For split gained nothing measurable
/// (libtorch's worker threads keep spinning on the other core after each product).
/// </remarks>
internal static class AdcConversion
{
    /// <summary>
    /// Converts <paramref name="rows"/> x <paramref name="valuesPerRow"/> floats in place, adds the codes already
    /// <paramref name="accumulated"/> from earlier tiles, then multiplies row n by <paramref name="rowScales"/>[n]
    /// <paramref name="outputScale"/> (the digital rescaling to weight units).
    /// </summary>
    /// <param name="values">Contiguous float32 signal (CPU tensor memory, kept alive by the caller).</param>
    /// <param name="rows">Rows (samples).</param>
    /// <param name="valuesPerRow">Values per row.</param>
    /// <param name="scale">k: signal units to ADC codes.</param>
    /// <param name="noiseCodes">sigma: read-noise standard deviation in ADC codes (0 = no noise).</param>
    /// <param name="round">Round to integer codes (false for an ideal, unquantised ADC).</param>
    /// <param name="maximumCode">m: the largest code magnitude (infinity = no clipping).</param>
    /// <param name="rowScales">Per-row factors (the samples' alphas), or null to leave the codes unscaled.</param>
    /// <param name="outputScale">Common factor applied with <paramref name="rowScales"/>.</param>
    /// <param name="seed">Seed of this conversion's noise.</param>
    /// <param name="accumulated">Codes of the layer's earlier tiles (same layout), or null for the first tile.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tier-0 vector code is many times slower
    public static unsafe void Convert(
        float* values,
        long rows,
        long valuesPerRow,
        float scale,
        float noiseCodes,
        bool round,
        float maximumCode,
        float* rowScales,
        float outputScale,
        ulong seed,
        float* accumulated = null)
    {
        var k = Vector256.Create(scale);
        var sigma = Vector256.Create(noiseCodes);
        var high = Vector256.Create(maximumCode);
        var low = Vector256.Create(-maximumCode);
        var clip = !float.IsPositiveInfinity(maximumCode);
        var noisy = noiseCodes > 0f;
        var generator = new GaussianOctet(seed);
        var z0 = Vector256<float>.Zero;
        var z1 = Vector256<float>.Zero;
        var scratch = stackalloc float[16];
        var tail = new Span<float>(scratch, 16);
        for (long n = 0; n < rows; n++)
        {
            var row = values + (n * valuesPerRow);
            var earlier = accumulated == null ? null : accumulated + (n * valuesPerRow);
            var rowFactor = rowScales == null ? 1f : rowScales[n] * outputScale;
            var rowScale = Vector256.Create(rowFactor);
            long index = 0;
            for (; index + 16 <= valuesPerRow; index += 16)
            {
                if (noisy)
                {
                    (z0, z1) = generator.Next();
                }

                var p = row + index;
                var c0 = Apply(Vector256.Load(p), z0, k, sigma, round, clip, low, high);
                var c1 = Apply(Vector256.Load(p + 8), z1, k, sigma, round, clip, low, high);
                if (earlier != null)
                {
                    c0 += Vector256.Load(earlier + index);
                    c1 += Vector256.Load(earlier + index + 8);
                }

                Vector256.Store(c0 * rowScale, p);
                Vector256.Store(c1 * rowScale, p + 8);
            }

            var remaining = (int)(valuesPerRow - index);
            if (remaining > 0)
            {
                // Fewer than 16 values left in the row: run them through a scratch block (spare normals are dropped).
                if (noisy)
                {
                    (z0, z1) = generator.Next();
                }

                new Span<float>(row + index, remaining).CopyTo(tail);
                Vector256.Store(Apply(Vector256.Load(scratch), z0, k, sigma, round, clip, low, high), scratch);
                Vector256.Store(Apply(Vector256.Load(scratch + 8), z1, k, sigma, round, clip, low, high), scratch + 8);
                for (var j = 0; j < remaining; j++)
                {
                    row[index + j] = (scratch[j] + (earlier == null ? 0f : earlier[index + j])) * rowFactor;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Apply(
        Vector256<float> v, Vector256<float> z, Vector256<float> k, Vector256<float> sigma, bool round, bool clip, Vector256<float> low, Vector256<float> high)
    {
        v = Vector256.FusedMultiplyAdd(v, k, z * sigma); // z is zero without noise
        if (round)
        {
            v = Vector256.Round(v); // to nearest, ties to even, as torch.round
        }

        return clip ? Vector256.MinNative(Vector256.MaxNative(v, low), high) : v;
    }

    /// <summary>Sixteen standard normals per step: eight-lane xoshiro128+ uniforms through Box-Muller.</summary>
    private struct GaussianOctet
    {
        private const float HalfPi = 1.57079632679489661923f;
        private const float Ln2 = 0.693147180559945309417f;
        private const float UnitPerCount = 1.0f / 16777216.0f; // 2^-24

        private Vector256<uint> s0;
        private Vector256<uint> s1;
        private Vector256<uint> s2;
        private Vector256<uint> s3;

        public GaussianOctet(ulong seed)
        {
            // SplitMix64 expansion of the seed into 8 lanes x 4 words; s0 is made odd so no lane's state is all zero.
            Span<uint> words = stackalloc uint[32];
            var state = seed;
            for (var i = 0; i < words.Length; i += 2)
            {
                var z = SplitMix64.Next(ref state);
                words[i] = (uint)z;
                words[i + 1] = (uint)(z >> 32);
            }

            s0 = Vector256.Create<uint>(words[..8]) | Vector256<uint>.One;
            s1 = Vector256.Create<uint>(words[8..16]);
            s2 = Vector256.Create<uint>(words[16..24]);
            s3 = Vector256.Create<uint>(words[24..32]);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (Vector256<float> Cosine, Vector256<float> Sine) Next()
        {
            var a = NextUniformBits();
            var b = NextUniformBits();

            // u1 in (0, 1] (log stays finite); phi uniform in [0, pi/2). Independent random signs on the two
            // components (a's low byte is otherwise unused) spread the angle uniformly over the full circle.
            var u1 = (Vector256.ConvertToSingle((a >> 8).AsInt32()) + Vector256<float>.One) * UnitPerCount;
            var phi = Vector256.ConvertToSingle((b >> 8).AsInt32()) * (UnitPerCount * HalfPi);
            var radius = Vector256.Sqrt(Vector256.Create(-2.0f) * Log(u1));
            SinCosQuarter(phi, out var sin, out var cos);
            var signs = Vector256.Create(0x80000000u);
            return (((radius * cos).AsUInt32() ^ ((a << 24) & signs)).AsSingle(), ((radius * sin).AsUInt32() ^ ((a << 25) & signs)).AsSingle());
        }

        /// <summary>
        /// Natural log for x in (0, 1]: x = 2^e m with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(t), t = (m-1)/(m+1),
        /// |t| &lt; 0.172, series to t^9 (truncation below 2e-9, under float resolution).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> Log(Vector256<float> x)
        {
            // Shift the mantissa range to [sqrt(1/2), sqrt(2)) by biasing with the bits of sqrt(1/2) (0x3F3504F3).
            var bits = x.AsInt32() - Vector256.Create(0x3F3504F3);
            var exponent = Vector256.ConvertToSingle(bits >> 23);
            var m = ((bits & Vector256.Create(0x007FFFFF)) + Vector256.Create(0x3F3504F3)).AsSingle();
            var t = (m - Vector256<float>.One) / (m + Vector256<float>.One);
            var t2 = t * t;
            var series = Vector256.FusedMultiplyAdd(t2, Vector256.Create(1f / 9f), Vector256.Create(1f / 7f));
            series = Vector256.FusedMultiplyAdd(t2, series, Vector256.Create(1f / 5f));
            series = Vector256.FusedMultiplyAdd(t2, series, Vector256.Create(1f / 3f));
            series = Vector256.FusedMultiplyAdd(t2, series, Vector256<float>.One);
            return Vector256.FusedMultiplyAdd(exponent, Vector256.Create(Ln2), Vector256.Create(2f) * t * series);
        }

        /// <summary>sin and cos for x in [0, pi/2): Taylor series to x^11 / x^12 (truncation below 6e-8).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void SinCosQuarter(Vector256<float> x, out Vector256<float> sin, out Vector256<float> cos)
        {
            var x2 = x * x;
            var s = Vector256.FusedMultiplyAdd(x2, Vector256.Create(-1f / 39916800f), Vector256.Create(1f / 362880f));
            s = Vector256.FusedMultiplyAdd(x2, s, Vector256.Create(-1f / 5040f));
            s = Vector256.FusedMultiplyAdd(x2, s, Vector256.Create(1f / 120f));
            s = Vector256.FusedMultiplyAdd(x2, s, Vector256.Create(-1f / 6f));
            s = Vector256.FusedMultiplyAdd(x2, s, Vector256<float>.One);
            sin = s * x;
            var c = Vector256.FusedMultiplyAdd(x2, Vector256.Create(1f / 479001600f), Vector256.Create(-1f / 3628800f));
            c = Vector256.FusedMultiplyAdd(x2, c, Vector256.Create(1f / 40320f));
            c = Vector256.FusedMultiplyAdd(x2, c, Vector256.Create(-1f / 720f));
            c = Vector256.FusedMultiplyAdd(x2, c, Vector256.Create(1f / 24f));
            c = Vector256.FusedMultiplyAdd(x2, c, Vector256.Create(-0.5f));
            cos = Vector256.FusedMultiplyAdd(x2, c, Vector256<float>.One);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector256<uint> NextUniformBits()
        {
            var result = s0 + s3; // xoshiro128+: the high bits (used here) are full quality
            var t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >> 21);
            return result;
        }
    }
}
