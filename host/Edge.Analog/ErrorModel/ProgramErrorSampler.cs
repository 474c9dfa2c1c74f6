// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Samples programmed values from a <see cref="ProgramErrorModel"/>: programmed[i] = Actual[k] + Loc[k] +
/// U(-Band[k], Band[k]) + Scale[k] * t(Nu[k]) with k = levelIndices[i]. Fast (inverse-transform sampling from per-level
/// quantile tables, tens of millions of samples per second per core), allocation-free while sampling, and deterministic
/// for a seed whatever the thread count.
/// </summary>
/// <remarks>
/// <para>Determinism: the index range is cut into fixed blocks of <see cref="BlockLength"/> samples; block b draws from
/// its own xoshiro256** generator keyed by SplitMix64(seed, b). Threads only decide who fills which block, so 1 and 16
/// threads give the same bits, and the first n values do not depend on how many follow. A level with a band draws one
/// more 64-bit value for its uniform; a model whose bands are all zero consumes exactly one value per sample.</para>
/// <para>Zero-copy use with TorchSharp (Edge.Host does not reference it): wrap the tensor memory in spans, e.g.
/// <c>new Span&lt;float&gt;((void*)tensor.data_ptr(), (int)tensor.numel())</c> for a contiguous float32 CPU tensor and
/// likewise an int32 tensor of level indices; the sampler writes straight into that memory. Keep the tensors alive
/// (and unmoved) for the duration of the call.</para>
/// <para>Values are clamped to [<see cref="ProgramErrorModel.ValueMin"/>, <see cref="ProgramErrorModel.ValueMax"/>], what a
/// cell can physically hold: a heavy-tailed t draw can land far outside the window, but a device cannot be programmed
/// beyond its own HRS or LRS.</para>
/// <para>One sampler may be used from several threads at once (it holds no mutable state).</para>
/// </remarks>
public sealed class ProgramErrorSampler
{
    /// <summary>Samples per independently seeded block (fixed: changing it changes every sampled value).</summary>
    public const int BlockLength = 4096;

    private const int BlocksPerClaim = 8;
    private readonly float[] scaledTables;
    private readonly float[] bases;
    private readonly float[] bands;
    private readonly double[] scales;
    private readonly double[] nus;
    private readonly int levels;
    private readonly float lowest;
    private readonly float highest;

    /// <summary>Builds the per-level quantile tables (cached by nu) for <paramref name="model"/>.</summary>
    /// <param name="model">The error model.</param>
    /// <param name="threads">Worker threads for <see cref="Sample"/>; 0 = <see cref="Environment.ProcessorCount"/>.</param>
    public ProgramErrorSampler(ProgramErrorModel model, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        Threads = threads == 0 ? Environment.ProcessorCount : threads;
        Model = model;
        levels = model.Levels;
        lowest = (float)model.ValueMin;
        highest = (float)model.ValueMax;
        bases = new float[levels];
        bands = new float[levels];
        scales = new double[levels];
        nus = new double[levels];
        scaledTables = new float[levels * StudentTQuantileTable.Length];
        Parallel.For(0, levels, new ParallelOptions { MaxDegreeOfParallelism = Threads }, k =>
        {
            bases[k] = (float)(model.Actual[k] + model.Loc[k]);
            bands[k] = (float)model.Band[k];
            scales[k] = model.Scale[k];
            nus[k] = model.Nu[k];
            if (model.Scale[k] == 0)
            {
                return;
            }

            // Pre-multiplying by the scale saves one multiply per sample; each level gets its own copy so a sample
            // touches one contiguous table.
            var table = StudentTQuantileTable.For(model.Nu[k]).Values;
            var scale = (float)model.Scale[k];
            var row = scaledTables.AsSpan(k * StudentTQuantileTable.Length, StudentTQuantileTable.Length);
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = table[i] * scale;
            }
        });
    }

    /// <summary>The model being sampled.</summary>
    public ProgramErrorModel Model { get; }

    /// <summary>Worker threads used by <see cref="Sample"/>.</summary>
    public int Threads { get; }

    /// <summary>
    /// Fills <paramref name="programmed"/>[i] with a programmed value of level <paramref name="levelIndices"/>[i].
    /// The spans must have equal length; an index outside 0..Levels-1 throws <see cref="ArgumentOutOfRangeException"/>
    /// (the output is then partly written).
    /// </summary>
    public void Sample(ReadOnlySpan<int> levelIndices, Span<float> programmed, ulong seed)
    {
        if (levelIndices.Length != programmed.Length)
        {
            throw new ArgumentException($"levelIndices has {levelIndices.Length} entries but programmed has {programmed.Length}", nameof(programmed));
        }

        var count = levelIndices.Length;
        var blocks = (count + BlockLength - 1) / BlockLength;
        unsafe
        {
            fixed (int* indexPointer = levelIndices)
            fixed (float* outputPointer = programmed)
            fixed (float* tablePointer = scaledTables)
            fixed (float* basePointer = bases)
            fixed (float* bandPointer = bands)
            {
                var job = new Job(this, (nint)indexPointer, (nint)outputPointer, (nint)tablePointer, (nint)basePointer, (nint)bandPointer, count, seed);
                var workers = Math.Min(Threads, (blocks + BlocksPerClaim - 1) / BlocksPerClaim);
                if (workers <= 1)
                {
                    job.Run();
                    return;
                }

                try
                {
                    Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ => job.Run());
                }
                catch (AggregateException ex) when (ex.InnerExceptions.Count > 0 && ex.InnerExceptions[0] is ArgumentOutOfRangeException first)
                {
                    throw first;
                }
            }
        }
    }

    private double TailQuantile(int level, ulong r)
        => scales[level] * StudentTQuantile.TwoSidedTailQuantile(nus[level], StudentTQuantileTable.TailProbability(r));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLevelOutOfRange(long position, int level, int levels)
        => throw new ArgumentOutOfRangeException("levelIndices", level, $"levelIndices[{position}] = {level} is outside 0..{levels - 1}");

    /// <summary>One call's shared state: workers claim runs of blocks until none are left.</summary>
    private sealed class Job(ProgramErrorSampler sampler, nint indices, nint output, nint tables, nint bases, nint bands, int count, ulong seed)
    {
        private int nextBlock;

        public void Run()
        {
            var blocks = (count + BlockLength - 1) / BlockLength;
            while (true)
            {
                var first = Interlocked.Add(ref nextBlock, BlocksPerClaim) - BlocksPerClaim;
                if (first >= blocks)
                {
                    return;
                }

                var last = Math.Min(first + BlocksPerClaim, blocks);
                for (var block = first; block < last; block++)
                {
                    var start = block * BlockLength;
                    FillBlock(block, start, Math.Min(BlockLength, count - start));
                }
            }
        }

        private unsafe void FillBlock(int block, int start, int length)
        {
            var rng = Xoshiro256StarStar.ForBlock(seed, block);
            var levelIndex = (int*)indices + start;
            var programmed = (float*)output + start;
            var table = (float*)tables;
            var basesOf = (float*)bases;
            var bandsOf = (float*)bands;
            var levels = sampler.levels;
            var low = sampler.lowest;
            var high = sampler.highest;
            for (var i = 0; i < length; i++)
            {
                var k = levelIndex[i];
                if ((uint)k >= (uint)levels)
                {
                    ThrowLevelOutOfRange(start + i, k, levels);
                }

                var bits = rng.Next();
                var r = bits & long.MaxValue;
                float q;
                if (StudentTQuantileTable.TryLocate(r, out var entry, out var fraction))
                {
                    var row = table + ((long)k * StudentTQuantileTable.Length) + entry;
                    var a = row[0];
                    q = a + (fraction * (row[1] - a));
                }
                else
                {
                    q = (float)sampler.TailQuantile(k, r);
                }

                // The sign is bit 63, independent of the 63 bits that chose |t|: flip the float's sign bit, no branch.
                var signed = BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(q) ^ ((uint)(bits >> 32) & 0x8000_0000u));
                var band = bandsOf[k];
                if (band > 0)
                {
                    // The top 24 bits of a fresh draw: a uniform in [0, 1) at float precision.
                    signed += band * (((rng.Next() >> 40) * (2f / (1 << 24))) - 1f);
                }

                programmed[i] = Math.Clamp(basesOf[k] + signed, low, high);
            }
        }
    }
}
