// SPDX-License-Identifier: MIT
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// A precomputed table of |t| quantiles of the standard Student's t(nu), indexed straight from random bits: the fast
/// path of <see cref="ProgramErrorSampler"/>'s inverse-transform sampling.
/// </summary>
/// <remarks>
/// A 64-bit random word gives the sign (bit 63) and a 63-bit integer r, read as the two-sided tail probability
/// m = r / 2^63 (uniform in (0, 1)); the variate is sign * q(m) with P(|T| &gt; q(m)) = m. The table is organised like a
/// floating-point number: octave o = the leading-zero count of r holds m in [2^-(o+1), 2^-o), split into
/// <see cref="StepsPerOctave"/> equal steps, with linear interpolation in m between the 129 entries of each octave.
/// Equal relative steps suit the t's power-law tails (q ~ m^(-1/nu)): the interpolation error is below 1.5e-5
/// relative for nu &gt;= 2 and 5e-5 at nu = 0.5 (the fit's lower bound). Octaves beyond <see cref="Octaves"/>
/// (probability 2^-24 ~ 6e-8 per sample) are solved exactly with <see cref="StudentTQuantile.TwoSidedTailQuantile"/>.
/// Tables depend only on nu and are cached.
/// </remarks>
public sealed class StudentTQuantileTable
{
    /// <summary>Tabulated octaves of the tail probability m: down to 2^-24.</summary>
    public const int Octaves = 24;

    /// <summary>Linear-interpolation steps per octave.</summary>
    public const int StepsPerOctave = 128;

    /// <summary>Entries per octave (both ends included so interpolation never crosses rows).</summary>
    public const int RowLength = StepsPerOctave + 1;

    /// <summary>Entries in one table.</summary>
    public const int Length = Octaves * RowLength;

    private const int StepBits = 7;
    private const int FractionBits = 24;
    private const int MaximumCachedTables = 8192;
    private static readonly ConcurrentDictionary<double, Lazy<StudentTQuantileTable>> Cache = new();

    private StudentTQuantileTable(double nu, float[] values)
    {
        Nu = nu;
        Values = values;
    }

    /// <summary>Degrees of freedom.</summary>
    public double Nu { get; }

    /// <summary>|t| quantiles: entry o*129 + j is q at m = 2^-(o+1) * (1 + j/128).</summary>
    internal float[] Values { get; }

    /// <summary>The (cached) table for <paramref name="nu"/> &gt; 0.</summary>
    public static StudentTQuantileTable For(double nu)
    {
        if (!(nu > 0) || double.IsInfinity(nu))
        {
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "degrees of freedom must be finite and > 0");
        }

        if (Cache.Count > MaximumCachedTables)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(nu, n => new Lazy<StudentTQuantileTable>(() => Build(n))).Value;
    }

    /// <summary>
    /// Splits the 63-bit tail integer <paramref name="r"/> into the table entry and the interpolation fraction in [0, 1).
    /// False when m = r/2^63 lies beyond the tabulated octaves (the caller solves that rare case exactly).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLocate(ulong r, out int index, out float fraction)
    {
        var octave = BitOperations.LeadingZeroCount(r) - 1;
        if (octave >= Octaves)
        {
            index = 0;
            fraction = 0;
            return false;
        }

        // Shift the leading one out: the next 7 bits pick the step, the 24 after them the position inside it.
        var mantissa = r << (octave + 2);
        index = (octave * RowLength) + (int)(mantissa >> (64 - StepBits));
        fraction = ((mantissa << StepBits) >> (64 - FractionBits)) * (1f / (1 << FractionBits));
        return true;
    }

    /// <summary>The two-sided tail probability m = (r + 1/2) / 2^63 the integer <paramref name="r"/> stands for.</summary>
    public static double TailProbability(ulong r) => Math.ScaleB(r + 0.5, -63);

    /// <summary>A standard t(nu) variate from 64 uniform random bits (the reference the sampler's inner loop inlines).</summary>
    public double Variate(ulong bits)
    {
        var r = bits & long.MaxValue;
        double q;
        if (TryLocate(r, out var index, out var fraction))
        {
            var a = Values[index];
            q = a + (fraction * (Values[index + 1] - a));
        }
        else
        {
            q = StudentTQuantile.TwoSidedTailQuantile(Nu, TailProbability(r));
        }

        return (bits >> 63) == 0 ? q : -q;
    }

    private static StudentTQuantileTable Build(double nu)
    {
        var values = new float[Length];
        var previous = double.NaN;

        // From the centre (m = 1, q = 0) outwards, each solve warm-started from its neighbour.
        for (var octave = 0; octave < Octaves; octave++)
        {
            for (var step = StepsPerOctave; step >= 0; step--)
            {
                var m = Math.ScaleB(1 + ((double)step / StepsPerOctave), -(octave + 1));
                var q = StudentTQuantile.TwoSidedTailQuantile(nu, m, previous);
                values[(octave * RowLength) + step] = (float)Math.Min(q, float.MaxValue);
                previous = q;
            }
        }

        return new StudentTQuantileTable(nu, values);
    }
}
