// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Edge.Simulation.Analog;

/// <summary>
/// The DAC's per-sample range for abs-max normalisation: alpha_n = max(max_i |x_ni|, floor), and alpha_n step_in, in one
/// read-only pass. Replaces five torch calls (amax, amin, neg, maximum, clamp) whose parallel passes each wait for
/// both cores; the product is computed in float, as torch multiplies a float tensor by a scalar.
/// </summary>
internal static class DacRange
{
    /// <summary>Writes each row's abs-max (at least <paramref name="floor"/>) and that value times <paramref name="step"/>.</summary>
    /// <param name="values">Contiguous float32 input (CPU tensor memory, kept alive by the caller).</param>
    /// <param name="rows">Rows (samples).</param>
    /// <param name="valuesPerRow">Values per row.</param>
    /// <param name="floor">Smallest alpha (keeps an all-zero sample from dividing by zero).</param>
    /// <param name="step">DAC step in normalised units.</param>
    /// <param name="alpha">Receives alpha_n (rows floats).</param>
    /// <param name="alphaStep">Receives alpha_n step (rows floats).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tier-0 vector code is many times slower
    public static unsafe void AbsMax(float* values, long rows, long valuesPerRow, float floor, float step, float* alpha, float* alphaStep)
    {
        for (long n = 0; n < rows; n++)
        {
            var row = values + (n * valuesPerRow);
            var m0 = Vector256<float>.Zero;
            var m1 = Vector256<float>.Zero;
            long index = 0;
            for (; index + 16 <= valuesPerRow; index += 16)
            {
                m0 = Vector256.Max(m0, Vector256.Abs(Vector256.Load(row + index)));
                m1 = Vector256.Max(m1, Vector256.Abs(Vector256.Load(row + index + 8)));
            }

            var largest = MathF.Max(floor, Horizontal(Vector256.Max(m0, m1)));
            for (; index < valuesPerRow; index++)
            {
                largest = MathF.Max(largest, MathF.Abs(row[index]));
            }

            alpha[n] = largest;
            alphaStep[n] = largest * step;
        }
    }

    private static float Horizontal(Vector256<float> m)
    {
        var largest = 0f;
        for (var lane = 0; lane < Vector256<float>.Count; lane++)
        {
            largest = MathF.Max(largest, m[lane]);
        }

        return largest;
    }
}
