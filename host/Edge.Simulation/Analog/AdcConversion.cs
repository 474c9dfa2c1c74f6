// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Edge.Simulation.Analog.Lanes;

namespace Edge.Simulation.Analog;

/// <summary>
/// The inference ADC in one pass over a column-signal buffer: scale to ADC codes, add Gaussian read noise, round to
/// the code grid and clip to the code range - c = clamp(round(v k + sigma z), -m, m), z ~ N(0, 1) per conversion.
/// </summary>
/// <remarks>
/// Why not torch: libtorch's CPU <c>normal_</c> draws from one mt19937 on one thread (about 2.3 ns per value here),
/// which made read noise alone cost half an MLP's matrix products; scaling, noise addition, rounding, clipping and
/// rescaling were five more passes. The normals come from <see cref="GaussianLanes{TLanes, TF, TU}"/> (sixteen
/// xoshiro128+ generators, vectorised Box-Muller), 32 conversions per block. The pass runs at the widest register width
/// the processor accelerates (512 bits on AVX-512, 256 on AVX2, else 128); a wider width in software would be many
/// times slower. The noise depends only on the seed, not on the width. It runs on one core: a Parallel.For split gained
/// nothing measurable (libtorch's worker threads keep spinning on the other core after each product).
/// </remarks>
internal static class AdcConversion
{
    /// <summary>Conversions per block: two normals from each of the sixteen generators.</summary>
    private const int Block = 2 * GaussianLanes<Lanes512, Vector512<float>, Vector512<uint>>.Generators;

    /// <summary>
    /// Converts <paramref name="rows"/> x <paramref name="valuesPerRow"/> floats in place, adds the codes already
    /// <paramref name="accumulated"/> from earlier tiles, then multiplies row n by <paramref name="rowScales"/>[n]
    /// <paramref name="outputScale"/> (the digital rescaling to weight units) and adds <paramref name="offsets"/> (the
    /// digital bias, one value per position in a row).
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
    /// <param name="offsets">Added to every row after the scaling (<paramref name="valuesPerRow"/> floats), or null.</param>
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
        float* accumulated = null,
        float* offsets = null) =>
        Convert(LaneWidths.Widest, values, rows, valuesPerRow, scale, noiseCodes, round, maximumCode, rowScales, outputScale, seed, accumulated, offsets);

    /// <summary>The same conversion at a given register width (every width gives the same result).</summary>
    internal static unsafe void Convert(
        LaneWidth width,
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
        float* accumulated,
        float* offsets)
    {
        var settings = new Settings(scale, noiseCodes, round, maximumCode, outputScale);
        switch (width)
        {
            case LaneWidth.Bits512:
                Run<Lanes512, Vector512<float>, Vector512<uint>>(values, rows, valuesPerRow, settings, rowScales, seed, accumulated, offsets);
                break;
            case LaneWidth.Bits256:
                Run<Lanes256, Vector256<float>, Vector256<uint>>(values, rows, valuesPerRow, settings, rowScales, seed, accumulated, offsets);
                break;
            default:
                Run<Lanes128, Vector128<float>, Vector128<uint>>(values, rows, valuesPerRow, settings, rowScales, seed, accumulated, offsets);
                break;
        }
    }

    /// <summary>The conversion at a given width over managed buffers (empty row scales, codes or offsets = none).</summary>
    internal static unsafe void Convert(
        LaneWidth width,
        Span<float> values,
        long valuesPerRow,
        float scale,
        float noiseCodes,
        bool round,
        float maximumCode,
        ReadOnlySpan<float> rowScales,
        float outputScale,
        ulong seed,
        ReadOnlySpan<float> accumulated,
        ReadOnlySpan<float> offsets)
    {
        fixed (float* data = values, factors = rowScales, earlier = accumulated, added = offsets)
        {
            Convert(width, data, values.Length / valuesPerRow, valuesPerRow, scale, noiseCodes, round, maximumCode, factors, outputScale, seed, earlier, added);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tier-0 vector code is many times slower
    private static unsafe void Run<TLanes, TF, TU>(
        float* values, long rows, long valuesPerRow, in Settings settings, float* rowScales, ulong seed, float* accumulated, float* offsets)
        where TLanes : ILanes<TF, TU>
        where TF : unmanaged
        where TU : unmanaged
    {
        var count = TLanes.Count;
        var half = Block / 2;
        var kernel = new Kernel<TLanes, TF, TU>(settings);

        // Generator lanes [0, 16) cover both halves of a block; a narrower width runs 16 / count generator groups.
        // The working copies are never passed to a call the JIT does not inline, so their state stays in registers
        // (state in memory put a store-to-load round trip into every xoshiro step: 2.5x slower).
        var seeded = Seeded<TLanes, TF, TU>(seed);
        var g0 = seeded.G0;
        var g1 = seeded.G1;
        var g2 = seeded.G2;
        var g3 = seeded.G3;
        var noisy = settings.NoiseCodes > 0f;
        var scratch = stackalloc float[Block];
        var scratchEarlier = stackalloc float[Block];
        var scratchOffsets = stackalloc float[Block];
        for (long n = 0; n < rows; n++)
        {
            var row = values + (n * valuesPerRow);
            var earlier = accumulated == null ? null : accumulated + (n * valuesPerRow);
            var rowFactor = rowScales == null ? 1f : rowScales[n] * settings.OutputScale;
            var factor = TLanes.Broadcast(rowFactor);
            long index = 0;
            var remaining = valuesPerRow;
            while (remaining > 0)
            {
                var p = row + index;
                var e = earlier == null ? null : earlier + index;
                var o = offsets == null ? null : offsets + index;
                var partial = remaining < Block;
                if (partial)
                {
                    // Fewer than 32 values left in the row: run them through a scratch block (spare normals are dropped).
                    new Span<float>(p, (int)remaining).CopyTo(new Span<float>(scratch, Block));
                    if (e != null)
                    {
                        new Span<float>(e, (int)remaining).CopyTo(new Span<float>(scratchEarlier, Block));
                        e = scratchEarlier;
                    }

                    if (o != null)
                    {
                        new Span<float>(o, (int)remaining).CopyTo(new Span<float>(scratchOffsets, Block));
                        o = scratchOffsets;
                    }

                    p = scratch;
                }

                var block = new BlockPointers(p, e, o);
                kernel.Convert(ref g0, block, 0, noisy, factor);
                if (count < half)
                {
                    kernel.Convert(ref g1, block, count, noisy, factor);
                }

                if (count < half / 2)
                {
                    kernel.Convert(ref g2, block, 2 * count, noisy, factor);
                    kernel.Convert(ref g3, block, 3 * count, noisy, factor);
                }

                if (partial)
                {
                    new Span<float>(scratch, (int)remaining).CopyTo(new Span<float>(row + index, (int)remaining));
                    break;
                }

                index += Block;
                remaining -= Block;
            }
        }
    }

    private static (GaussianLanes<TLanes, TF, TU> G0, GaussianLanes<TLanes, TF, TU> G1, GaussianLanes<TLanes, TF, TU> G2, GaussianLanes<TLanes, TF, TU> G3)
        Seeded<TLanes, TF, TU>(ulong seed)
        where TLanes : ILanes<TF, TU>
        where TF : unmanaged
        where TU : unmanaged
    {
        var count = TLanes.Count;
        var groups = Block / 2 / count;
        return (
            new GaussianLanes<TLanes, TF, TU>(seed, 0),
            groups > 1 ? new GaussianLanes<TLanes, TF, TU>(seed, count) : default,
            groups > 2 ? new GaussianLanes<TLanes, TF, TU>(seed, 2 * count) : default,
            groups > 2 ? new GaussianLanes<TLanes, TF, TU>(seed, 3 * count) : default);
    }

    /// <summary>One block's values, earlier tiles' codes (or null) and offsets (or null).</summary>
    private readonly unsafe struct BlockPointers(float* values, float* earlier, float* offsets)
    {
        public float* Values { get; } = values;

        public float* Earlier { get; } = earlier;

        public float* Offsets { get; } = offsets;
    }

    /// <summary>The conversion's scalars.</summary>
    private readonly record struct Settings(float Scale, float NoiseCodes, bool Round, float MaximumCode, float OutputScale);

    /// <summary>The per-vector arithmetic of one conversion, with its constants broadcast once.</summary>
    private readonly struct Kernel<TLanes, TF, TU>
        where TLanes : ILanes<TF, TU>
        where TF : unmanaged
        where TU : unmanaged
    {
        private readonly TF k;
        private readonly TF sigma;
        private readonly TF low;
        private readonly TF high;
        private readonly bool round;
        private readonly bool clip;

        public Kernel(in Settings settings)
        {
            k = TLanes.Broadcast(settings.Scale);
            sigma = TLanes.Broadcast(settings.NoiseCodes);
            high = TLanes.Broadcast(settings.MaximumCode);
            low = TLanes.Broadcast(-settings.MaximumCode);
            round = settings.Round;
            clip = !float.IsPositiveInfinity(settings.MaximumCode);
        }

        /// <summary>
        /// Converts the generator group's lanes of one block: values [offset, offset + count) take the group's cosine
        /// normals, [16 + offset, 16 + offset + count) its sine normals.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public unsafe void Convert(ref GaussianLanes<TLanes, TF, TU> generator, in BlockPointers block, int offset, bool noisy, TF factor)
        {
            var z0 = default(TF);
            var z1 = default(TF);
            if (noisy)
            {
                generator.Next(out z0, out z1);
            }

            Store(block, offset, z0, factor);
            Store(block, (Block / 2) + offset, z1, factor);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private unsafe void Store(in BlockPointers block, int at, TF z, TF factor)
        {
            var p = block.Values + at;
            var v = TLanes.MultiplyAdd(TLanes.Load(p), k, TLanes.Multiply(z, sigma)); // z is zero without noise
            if (round)
            {
                v = TLanes.Round(v); // to nearest, ties to even, as torch.round
            }

            if (clip)
            {
                v = TLanes.Clamp(v, low, high);
            }

            if (block.Earlier != null)
            {
                v = TLanes.Add(v, TLanes.Load(block.Earlier + at));
            }

            v = TLanes.Multiply(v, factor);
            if (block.Offsets != null)
            {
                v = TLanes.Add(v, TLanes.Load(block.Offsets + at)); // after the scaling, as torch's separate bias add
            }

            TLanes.Store(v, p);
        }
    }
}
