// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Edge.Simulation.Analog.Lanes;

namespace Edge.Simulation.Analog;

/// <summary>
/// The DAC with per-sample abs-max normalisation, one sample at a time: alpha_n = max(max_i |x_ni|, floor), then the
/// codes c_ni = clamp(round(x_ni / (alpha_n step)), -m, m) while the sample is still in L1 cache, so the input is read
/// from memory once. In torch this was five reductions for alpha and two or three element-wise calls (divide, round,
/// clamp), each a fork and join of libtorch's OpenMP team, each streaming the whole input.
/// </summary>
/// <remarks>
/// Same float arithmetic as the torch formula, so the same codes: alpha_n step is one float product, the codes a true
/// division (not a multiply by the reciprocal), rounded to nearest with ties to even. Runs at the widest accelerated
/// register width; every width gives the same codes (max and division are exact per lane).
/// </remarks>
internal static class DacConversion
{
    /// <summary>Writes each row's alpha and codes.</summary>
    /// <param name="values">Contiguous float32 input (CPU tensor memory, kept alive by the caller).</param>
    /// <param name="rows">Rows (samples).</param>
    /// <param name="valuesPerRow">Values per row.</param>
    /// <param name="settings">Floor of alpha, DAC step, rounding, largest code.</param>
    /// <param name="alpha">Receives alpha_n (rows floats).</param>
    /// <param name="codes">Receives the codes (same layout as <paramref name="values"/>).</param>
    public static unsafe void Encode(float* values, long rows, long valuesPerRow, in DacSettings settings, float* alpha, float* codes) =>
        Encode(LaneWidths.Widest, values, rows, valuesPerRow, settings, alpha, codes);

    /// <summary>The same encoding at a given register width.</summary>
    internal static unsafe void Encode(
        LaneWidth width, float* values, long rows, long valuesPerRow, in DacSettings settings, float* alpha, float* codes)
    {
        switch (width)
        {
            case LaneWidth.Bits512:
                Run<Lanes512, Vector512<float>, Vector512<uint>>(values, rows, valuesPerRow, settings, alpha, codes);
                break;
            case LaneWidth.Bits256:
                Run<Lanes256, Vector256<float>, Vector256<uint>>(values, rows, valuesPerRow, settings, alpha, codes);
                break;
            default:
                Run<Lanes128, Vector128<float>, Vector128<uint>>(values, rows, valuesPerRow, settings, alpha, codes);
                break;
        }
    }

    /// <summary>The encoding at a given width over managed buffers (<paramref name="alpha"/> holds one value per row).</summary>
    internal static unsafe void Encode(
        LaneWidth width, ReadOnlySpan<float> values, in DacSettings settings, Span<float> alpha, Span<float> codes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(codes.Length, values.Length);
        fixed (float* data = values, alphaData = alpha, codeData = codes)
        {
            Encode(width, data, alpha.Length, values.Length / alpha.Length, settings, alphaData, codeData);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tier-0 vector code is many times slower
    private static unsafe void Run<TLanes, TF, TU>(
        float* values, long rows, long valuesPerRow, in DacSettings settings, float* alpha, float* codes)
        where TLanes : ILanes<TF, TU>
        where TF : unmanaged
        where TU : unmanaged
    {
        var count = TLanes.Count;
        var lanes = stackalloc float[count];
        var clip = !float.IsPositiveInfinity(settings.MaximumCode);
        var high = TLanes.Broadcast(settings.MaximumCode);
        var low = TLanes.Broadcast(-settings.MaximumCode);
        for (long n = 0; n < rows; n++)
        {
            var row = values + (n * valuesPerRow);
            var output = codes + (n * valuesPerRow);

            // Two accumulators: the max has a 2-3 cycle latency chain per accumulator.
            var m0 = TLanes.Broadcast(0f);
            var m1 = m0;
            long index = 0;
            for (; index + (2 * count) <= valuesPerRow; index += 2 * count)
            {
                m0 = TLanes.Max(m0, TLanes.Abs(TLanes.Load(row + index)));
                m1 = TLanes.Max(m1, TLanes.Abs(TLanes.Load(row + index + count)));
            }

            for (; index + count <= valuesPerRow; index += count)
            {
                m0 = TLanes.Max(m0, TLanes.Abs(TLanes.Load(row + index)));
            }

            TLanes.Store(TLanes.Max(m0, m1), lanes);
            var largest = settings.Floor;
            for (var lane = 0; lane < count; lane++)
            {
                largest = MathF.Max(largest, lanes[lane]);
            }

            for (; index < valuesPerRow; index++)
            {
                largest = MathF.Max(largest, MathF.Abs(row[index]));
            }

            alpha[n] = largest;
            var divisor = largest * settings.Step;
            var d = TLanes.Broadcast(divisor);
            for (index = 0; index + count <= valuesPerRow; index += count)
            {
                var c = TLanes.Divide(TLanes.Load(row + index), d);
                if (settings.Round)
                {
                    c = TLanes.Round(c);
                }

                TLanes.Store(clip ? TLanes.Clamp(c, low, high) : c, output + index);
            }

            for (; index < valuesPerRow; index++)
            {
                var c = row[index] / divisor;
                if (settings.Round)
                {
                    c = MathF.Round(c, MidpointRounding.ToEven);
                }

                output[index] = clip ? Math.Clamp(c, -settings.MaximumCode, settings.MaximumCode) : c;
            }
        }
    }
}

/// <summary>The DAC's scalars.</summary>
/// <param name="Floor">Smallest alpha (keeps an all-zero sample from dividing by zero).</param>
/// <param name="Step">DAC step in normalised units (1 for an ideal DAC).</param>
/// <param name="Round">Round to integer codes (false for an ideal DAC).</param>
/// <param name="MaximumCode">The largest code magnitude (infinity = no clipping).</param>
internal readonly record struct DacSettings(float Floor, float Step, bool Round, float MaximumCode);
