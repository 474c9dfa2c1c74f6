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
/// rescaling were five more passes. This kernel draws its normals with sixteen-lane xoshiro128+ and vectorised
/// Box-Muller (its own float-accurate log and quarter-circle sin/cos polynomials: .NET's Vector256.SinCos alone costs
/// more per value than libtorch's whole generator). Uniforms have 24-bit resolution, so |z| stays below 5.8 sigma, as
/// with libtorch's float Box-Muller. It runs on one core: a Parallel.For split gained nothing measurable
/// (libtorch's worker threads keep spinning on the other core after each product). 512-bit vectors: on the AVX-512
/// build machine (Zen 5) the pass ran 1.5x faster than with 256-bit ones; without AVX-512 the same code runs on .NET's
/// non-accelerated Vector512 (slower, not measured), and the noise stream depends only on the seed, not the hardware.
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
        var k = Vector512.Create(scale);
        var sigma = Vector512.Create(noiseCodes);
        var high = Vector512.Create(maximumCode);
        var low = Vector512.Create(-maximumCode);
        var clip = !float.IsPositiveInfinity(maximumCode);
        var noisy = noiseCodes > 0f;
        var generator = new GaussianLanes(seed);
        var z0 = Vector512<float>.Zero;
        var z1 = Vector512<float>.Zero;
        var scratch = stackalloc float[32];
        var tail = new Span<float>(scratch, 32);
        for (long n = 0; n < rows; n++)
        {
            var row = values + (n * valuesPerRow);
            var earlier = accumulated == null ? null : accumulated + (n * valuesPerRow);
            var rowFactor = rowScales == null ? 1f : rowScales[n] * outputScale;
            var rowScale = Vector512.Create(rowFactor);
            long index = 0;
            for (; index + 32 <= valuesPerRow; index += 32)
            {
                if (noisy)
                {
                    (z0, z1) = generator.Next();
                }

                var p = row + index;
                var c0 = Apply(Vector512.Load(p), z0, k, sigma, round, clip, low, high);
                var c1 = Apply(Vector512.Load(p + 16), z1, k, sigma, round, clip, low, high);
                if (earlier != null)
                {
                    c0 += Vector512.Load(earlier + index);
                    c1 += Vector512.Load(earlier + index + 16);
                }

                Vector512.Store(c0 * rowScale, p);
                Vector512.Store(c1 * rowScale, p + 16);
            }

            var remaining = (int)(valuesPerRow - index);
            if (remaining > 0)
            {
                // Fewer than 32 values left in the row: run them through a scratch block (spare normals are dropped).
                if (noisy)
                {
                    (z0, z1) = generator.Next();
                }

                new Span<float>(row + index, remaining).CopyTo(tail);
                Vector512.Store(Apply(Vector512.Load(scratch), z0, k, sigma, round, clip, low, high), scratch);
                Vector512.Store(Apply(Vector512.Load(scratch + 16), z1, k, sigma, round, clip, low, high), scratch + 16);
                for (var j = 0; j < remaining; j++)
                {
                    row[index + j] = (scratch[j] + (earlier == null ? 0f : earlier[index + j])) * rowFactor;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Apply(
        Vector512<float> v, Vector512<float> z, Vector512<float> k, Vector512<float> sigma, bool round, bool clip, Vector512<float> low, Vector512<float> high)
    {
        v = Vector512.FusedMultiplyAdd(v, k, z * sigma); // z is zero without noise
        if (round)
        {
            v = Vector512.Round(v); // to nearest, ties to even, as torch.round
        }

        return clip ? Vector512.MinNative(Vector512.MaxNative(v, low), high) : v;
    }

    /// <summary>Thirty-two standard normals per step: sixteen-lane xoshiro128+ uniforms through Box-Muller.</summary>
    private struct GaussianLanes
    {
        private const float HalfPi = 1.57079632679489661923f;
        private const float Ln2 = 0.693147180559945309417f;
        private const float UnitPerCount = 1.0f / 16777216.0f; // 2^-24

        private Vector512<uint> s0;
        private Vector512<uint> s1;
        private Vector512<uint> s2;
        private Vector512<uint> s3;

        public GaussianLanes(ulong seed)
        {
            // SplitMix64 expansion of the seed into 16 lanes x 4 words; s0 is made odd so no lane's state is all zero.
            Span<uint> words = stackalloc uint[64];
            var state = seed;
            for (var i = 0; i < words.Length; i += 2)
            {
                var z = SplitMix64.Next(ref state);
                words[i] = (uint)z;
                words[i + 1] = (uint)(z >> 32);
            }

            s0 = Vector512.Create<uint>(words[..16]) | Vector512<uint>.One;
            s1 = Vector512.Create<uint>(words[16..32]);
            s2 = Vector512.Create<uint>(words[32..48]);
            s3 = Vector512.Create<uint>(words[48..64]);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (Vector512<float> Cosine, Vector512<float> Sine) Next()
        {
            var a = NextUniformBits();
            var b = NextUniformBits();

            // u1 in (0, 1] (log stays finite); phi uniform in [0, pi/2). Independent random signs on the two
            // components (a's low byte is otherwise unused) spread the angle uniformly over the full circle.
            var u1 = (Vector512.ConvertToSingle((a >> 8).AsInt32()) + Vector512<float>.One) * UnitPerCount;
            var phi = Vector512.ConvertToSingle((b >> 8).AsInt32()) * (UnitPerCount * HalfPi);
            var radius = Vector512.Sqrt(Vector512.Create(-2.0f) * Log(u1));
            SinCosQuarter(phi, out var sin, out var cos);
            var signs = Vector512.Create(0x80000000u);
            return (((radius * cos).AsUInt32() ^ ((a << 24) & signs)).AsSingle(), ((radius * sin).AsUInt32() ^ ((a << 25) & signs)).AsSingle());
        }

        /// <summary>
        /// Natural log for x in (0, 1]: x = 2^e m with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh(t), t = (m-1)/(m+1),
        /// |t| &lt; 0.172, series to t^9 (truncation below 2e-9, under float resolution).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<float> Log(Vector512<float> x)
        {
            // Shift the mantissa range to [sqrt(1/2), sqrt(2)) by biasing with the bits of sqrt(1/2) (0x3F3504F3).
            var bits = x.AsInt32() - Vector512.Create(0x3F3504F3);
            var exponent = Vector512.ConvertToSingle(bits >> 23);
            var m = ((bits & Vector512.Create(0x007FFFFF)) + Vector512.Create(0x3F3504F3)).AsSingle();
            var t = (m - Vector512<float>.One) / (m + Vector512<float>.One);
            var t2 = t * t;
            var series = Vector512.FusedMultiplyAdd(t2, Vector512.Create(1f / 9f), Vector512.Create(1f / 7f));
            series = Vector512.FusedMultiplyAdd(t2, series, Vector512.Create(1f / 5f));
            series = Vector512.FusedMultiplyAdd(t2, series, Vector512.Create(1f / 3f));
            series = Vector512.FusedMultiplyAdd(t2, series, Vector512<float>.One);
            return Vector512.FusedMultiplyAdd(exponent, Vector512.Create(Ln2), Vector512.Create(2f) * t * series);
        }

        /// <summary>sin and cos for x in [0, pi/2): Taylor series to x^11 / x^12 (truncation below 6e-8).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void SinCosQuarter(Vector512<float> x, out Vector512<float> sin, out Vector512<float> cos)
        {
            var x2 = x * x;
            var s = Vector512.FusedMultiplyAdd(x2, Vector512.Create(-1f / 39916800f), Vector512.Create(1f / 362880f));
            s = Vector512.FusedMultiplyAdd(x2, s, Vector512.Create(-1f / 5040f));
            s = Vector512.FusedMultiplyAdd(x2, s, Vector512.Create(1f / 120f));
            s = Vector512.FusedMultiplyAdd(x2, s, Vector512.Create(-1f / 6f));
            s = Vector512.FusedMultiplyAdd(x2, s, Vector512<float>.One);
            sin = s * x;
            var c = Vector512.FusedMultiplyAdd(x2, Vector512.Create(1f / 479001600f), Vector512.Create(-1f / 3628800f));
            c = Vector512.FusedMultiplyAdd(x2, c, Vector512.Create(1f / 40320f));
            c = Vector512.FusedMultiplyAdd(x2, c, Vector512.Create(-1f / 720f));
            c = Vector512.FusedMultiplyAdd(x2, c, Vector512.Create(1f / 24f));
            c = Vector512.FusedMultiplyAdd(x2, c, Vector512.Create(-0.5f));
            cos = Vector512.FusedMultiplyAdd(x2, c, Vector512<float>.One);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private Vector512<uint> NextUniformBits()
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
