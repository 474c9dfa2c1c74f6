// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Numerics;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Fits the per-level program-error model (paper eq. 4-5) from repeated programming samples: for each level k the errors
/// actual - reached are fitted by penalised maximum likelihood (<see cref="StudentTPenalisedMaximumLikelihood"/>) under
/// a prior that follows the neighbouring levels (<see cref="LevelPriors"/>), or where the seek band describes them
/// better, by the band (<see cref="LevelErrorFitting"/>), judged by a parametric-bootstrap Kolmogorov-Smirnov test
/// (<see cref="BootstrapKolmogorovSmirnov"/>), and flagged when degenerate (<see cref="LevelFlags"/>).
/// </summary>
/// <remarks>
/// Borrowing: a level with fewer than <see cref="ErrorModelFitOptions.MinimumSamples"/> samples pools whole rings of
/// neighbours (distance 1 on both sides, then 2, ...) until the pool holds enough, at most
/// <see cref="ErrorModelFitOptions.MaximumBorrowDistance"/> levels away; the level is listed in <c>borrowed</c> and its
/// pool range in <c>pool_from</c>/<c>pool_to</c>. Errors are relative to each sample's own reached level, so pooling
/// errors of neighbouring levels is meaningful. A level with no samples of its own takes its reached value by linear
/// interpolation between the nearest levels that have samples (by level index). The KS statistic is computed on the
/// samples the fit used.
/// </remarks>
public static class ErrorModelFitter
{
    /// <summary>
    /// Fits the model for <paramref name="direction"/> and <paramref name="levels"/>. Throws <see cref="EdgeException"/>
    /// (<see cref="ExitCode.BadInput"/>) when the samples hold no rows for that direction and level count (naming the
    /// level counts they do hold), a sample's target is not k/(n-1), or a level cannot gather enough samples.
    /// </summary>
    /// <param name="samples">The programming samples (all directions and level counts; the fit takes its own).</param>
    /// <param name="levels">Level count n to fit.</param>
    /// <param name="direction">"potentiation" or "depression".</param>
    /// <param name="calibrationId">The calibration the samples came from.</param>
    /// <param name="options">Regularisation, pooling, bootstrap and family (defaults when null).</param>
    /// <param name="levelsDone">Told the number of levels fitted so far after each level (from worker threads), or null.</param>
    public static ProgramErrorModel Fit(
        IReadOnlyList<ProgrammingSample> samples,
        int levels,
        string direction,
        string calibrationId,
        ErrorModelFitOptions? options = null,
        IProgress<int>? levelsDone = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        options ??= new ErrorModelFitOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumSamples, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaximumBorrowDistance);
        ArgumentOutOfRangeException.ThrowIfNegative(options.BootstrapReplicates);
        if (!DirectionNames.IsValid(direction))
        {
            throw new EdgeException(ExitCode.BadInput, $"direction '{direction}': expected '{DirectionNames.Potentiation}' or '{DirectionNames.Depression}'.");
        }

        var errors = GroupErrors(samples, levels, direction, out var reached, out var valueRange);
        var counts = errors.Select(e => e.Count).ToArray();
        var pools = Pools(counts, options);
        var actual = InterpolateReached(reached, counts);
        var priors = LevelPriors.Build(errors, options);

        var loc = new double[levels];
        var scale = new double[levels];
        var nu = new double[levels];
        var band = new double[levels];
        var ks = new double[levels];
        var ksP = new double[levels];
        var nuWeight = new double[levels];
        var flags = new LevelFlag?[levels];
        var finished = 0;
        Parallel.For(0, levels, k =>
        {
            var (from, to) = pools[k];
            var pooled = new List<double>();
            for (var j = from; j <= to; j++)
            {
                pooled.AddRange(errors[j]);
            }

            var data = pooled.ToArray();
            var problems = new List<string>();
            LevelErrorFit fit;
            int distinct = data.Distinct().Count();
            if (distinct < LevelFlags.MinimumDistinct)
            {
                // Equal reads leave no spread to fit (the likelihood grows without bound as s -> 0): the level keeps its
                // own location and takes scale and nu from its neighbourhood.
                var sorted = data.Order().ToArray();
                fit = LevelErrorFit.Of(new StudentTParameters(RobustStatistics.Median(sorted), priors[k].Scale, priors[k].Nu), 0);
                problems.Add(LevelFlags.NoSpread);
            }
            else
            {
                fit = LevelErrorFitting.Fit(data, priors[k], options.Family);
            }

            loc[k] = fit.Loc;
            scale[k] = fit.Scale;
            nu[k] = fit.Nu;
            band[k] = fit.Band;
            nuWeight[k] = fit.NuDataWeight;
            var family = problems.Count == 0 ? options.Family : ErrorFamily.StudentT;
            (ks[k], ksP[k]) = BootstrapKolmogorovSmirnov.Test(data, fit, priors[k], family, options.BootstrapReplicates, SplitMix64.Mix(options.Seed + (0x9E37_79B9_7F4A_7C15UL * (ulong)(k + 1))));
            flags[k] = Flag(k, fit, ksP[k], options.BootstrapReplicates, distinct, data.Length, problems);
            levelsDone?.Report(Interlocked.Increment(ref finished));
        });

        var targets = Enumerable.Range(0, levels).Select(k => (double)k / (levels - 1)).ToArray();
        var borrowed = Enumerable.Range(0, levels).Where(k => pools[k] != (k, k)).ToArray();
        return new ProgramErrorModel(
            direction,
            calibrationId,
            targets,
            actual,
            loc,
            scale,
            nu,
            ks,
            counts,
            borrowed,
            pools.Select(p => p.From).ToArray(),
            pools.Select(p => p.To).ToArray(),
            quality: new ErrorModelQuality(ksP, nuWeight, flags.OfType<LevelFlag>().ToArray(), valueRange.Min, valueRange.Max),
            band: band);
    }

    private static LevelFlag? Flag(int k, LevelErrorFit p, double ksP, int replicates, int distinct, int count, List<string> problems)
    {
        var details = new List<string>();
        if (problems.Contains(LevelFlags.NoSpread))
        {
            details.Add($"its {count} errors take {distinct} distinct values, so scale and nu are its neighbours'");
        }

        if (p.Nu < 1)
        {
            problems.Add(LevelFlags.NuBelowOne);
            details.Add(string.Create(CultureInfo.InvariantCulture, $"nu = {p.Nu:G3} < 1 (so heavy-tailed the error has no finite mean)"));
        }

        // A band's noise sigma may be small beside its band; what must be credible is the error's whole spread.
        var spread = p.IsBand ? p.Spread : p.Scale;
        if (spread < LevelFlags.ScaleFloor)
        {
            problems.Add(LevelFlags.ScaleBelowFloor);
            var what = p.IsBand ? "band spread" : "scale";
            details.Add(string.Create(CultureInfo.InvariantCulture, $"{what} = {spread:G3} < {LevelFlags.ScaleFloor:G1} of the window"));
        }

        if (replicates > 0 && ksP < LevelFlags.PoorFitP)
        {
            problems.Add(LevelFlags.PoorFit);
            details.Add(string.Create(CultureInfo.InvariantCulture, $"bootstrap KS p = {ksP:G3} < {LevelFlags.PoorFitP:G2} (the fitted {(p.IsBand ? "band" : "t")} does not describe its {count} errors)"));
        }

        return problems.Count == 0 ? null : new LevelFlag(k, [.. problems], string.Join("; ", details));
    }

    private static List<double>[] GroupErrors(IReadOnlyList<ProgrammingSample> samples, int levels, string direction, out double[] reachedMean, out (double Min, double Max) valueRange)
    {
        if (levels < 2)
        {
            throw new EdgeException(ExitCode.BadInput, $"--levels {levels}: expected at least 2.");
        }

        var errors = Enumerable.Range(0, levels).Select(_ => new List<double>()).ToArray();
        var reachedSum = new double[levels];
        double lowest = 0, highest = 1;
        var presentCounts = new SortedSet<int>();
        foreach (var s in samples)
        {
            if (s.Direction != direction)
            {
                continue;
            }

            presentCounts.Add(s.Levels);
            if (s.Levels != levels)
            {
                continue;
            }

            // The calibration writes target = k/(n-1); a different value means columns were mixed up.
            var expected = (double)s.Level / (levels - 1);
            if (Math.Abs(s.Target - expected) > 1e-3)
            {
                throw new EdgeException(ExitCode.BadInput, $"line {s.LineNumber}: target = {s.Target} for level {s.Level} of {levels}, expected {expected:R} (k/(n-1)).");
            }

            errors[s.Level].Add(s.Error);
            reachedSum[s.Level] += s.Reached;
            lowest = Math.Min(lowest, s.Actual);
            highest = Math.Max(highest, s.Actual);
        }

        if (!presentCounts.Contains(levels))
        {
            var held = presentCounts.Count == 0 ? "none" : string.Join(", ", presentCounts);
            throw new EdgeException(ExitCode.BadInput, $"--levels {levels} does not match the calibration: its {direction} samples hold level counts: {held}.");
        }

        // What cells were seen to hold (and never less than the window): sampled values are clamped to it.
        valueRange = (lowest, highest);
        reachedMean = new double[levels];
        for (var k = 0; k < levels; k++)
        {
            reachedMean[k] = errors[k].Count > 0 ? reachedSum[k] / errors[k].Count : double.NaN;
        }

        return errors;
    }

    private static (int From, int To)[] Pools(int[] counts, ErrorModelFitOptions options)
    {
        var levels = counts.Length;
        var pools = new (int From, int To)[levels];
        for (var k = 0; k < levels; k++)
        {
            var total = counts[k];
            var distance = 0;
            while (total < options.MinimumSamples && distance < options.MaximumBorrowDistance)
            {
                distance++;
                total += (k - distance >= 0 ? counts[k - distance] : 0) + (k + distance < levels ? counts[k + distance] : 0);
            }

            var from = Math.Max(0, k - distance);
            var to = Math.Min(levels - 1, k + distance);
            if (total < options.MinimumSamples)
            {
                var what = counts[k] == 0 && total == 0
                    ? $"level {k} has no samples and no level within {options.MaximumBorrowDistance} of it has any"
                    : $"level {k} has {counts[k]} samples and levels {from}..{to} together only {total}";
                throw new EdgeException(ExitCode.BadInput, $"{what}; a fit needs at least {options.MinimumSamples} (repeat the level programming more often, or allow a wider --max-borrow).");
            }

            pools[k] = (from, to);
        }

        return pools;
    }

    private static double[] InterpolateReached(double[] reached, int[] counts)
    {
        var levels = reached.Length;
        var known = Enumerable.Range(0, levels).Where(k => counts[k] > 0).ToArray();
        var result = new double[levels];
        for (var k = 0; k < levels; k++)
        {
            if (counts[k] > 0)
            {
                result[k] = reached[k];
                continue;
            }

            var below = known.LastOrDefault(j => j < k, -1);
            var above = known.FirstOrDefault(j => j > k, -1);
            var target = (double)k / (levels - 1);
            if (below >= 0 && above >= 0)
            {
                var w = (double)(k - below) / (above - below);
                result[k] = ((1 - w) * reached[below]) + (w * reached[above]);
            }
            else
            {
                // Beyond the last measured level keep that level's offset from its target.
                var nearest = below >= 0 ? below : above;
                result[k] = target + (reached[nearest] - ((double)nearest / (levels - 1)));
            }
        }

        return result;
    }
}
