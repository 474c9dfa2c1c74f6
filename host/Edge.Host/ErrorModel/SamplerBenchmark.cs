// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Analog.ErrorModel;

namespace Edge.Host.ErrorModel;

/// <summary>The result of <see cref="SamplerBenchmark.Run"/>.</summary>
/// <param name="Count">Samples per repetition.</param>
/// <param name="Threads">Sampler threads.</param>
/// <param name="Levels">Levels of the benchmark model.</param>
/// <param name="Repetitions">Timed repetitions (after one warm-up).</param>
/// <param name="SamplesPerSecond">count / median repetition time.</param>
/// <param name="BestSamplesPerSecond">count / fastest repetition time.</param>
/// <param name="TableBuildSeconds">Time to build the sampler (quantile tables) for the model.</param>
public sealed record SamplerBenchmarkResult(
    int Count, int Threads, int Levels, int Repetitions, double SamplesPerSecond, double BestSamplesPerSecond, double TableBuildSeconds);

/// <summary>Measures <see cref="ProgramErrorSampler"/> throughput on a realistic 512-level model with random level indices.</summary>
public static class SamplerBenchmark
{
    /// <summary>
    /// Builds <see cref="SyntheticErrorModels.Realistic"/> (512 levels, nu 2..30), draws <paramref name="count"/> uniform
    /// level indices, then times <paramref name="repetitions"/> calls of <see cref="ProgramErrorSampler.Sample"/> after
    /// one warm-up call (JIT, page faults).
    /// </summary>
    public static SamplerBenchmarkResult Run(int count, int threads, int repetitions = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        var model = SyntheticErrorModels.Realistic(512, seed: 1);
        var build = Stopwatch.StartNew();
        var sampler = new ProgramErrorSampler(model, threads);
        var tableBuildSeconds = build.Elapsed.TotalSeconds;

        var rng = new Xoshiro256StarStar(2);
        var levels = new int[count];
        for (var i = 0; i < count; i++)
        {
            levels[i] = (int)((rng.Next() >> 32) * (ulong)model.Levels >> 32);
        }

        var programmed = new float[count];
        sampler.Sample(levels, programmed, seed: 0);
        var seconds = new double[repetitions];
        for (var r = 0; r < repetitions; r++)
        {
            var timer = Stopwatch.StartNew();
            sampler.Sample(levels, programmed, seed: (ulong)r + 1);
            seconds[r] = timer.Elapsed.TotalSeconds;
        }

        Array.Sort(seconds);
        return new SamplerBenchmarkResult(
            count, sampler.Threads, model.Levels, repetitions, count / seconds[repetitions / 2], count / seconds[0], tableBuildSeconds);
    }
}
