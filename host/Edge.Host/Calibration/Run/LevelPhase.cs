// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Repeated programming of randomly chosen levels (paper Fig. 4c/d and the samples the error model is fitted from):
/// each sample initialises the cell, then the board's PROGRAM_LEVEL steps it to the level exactly as a deployment does,
/// and the last read is the actual value. Random order from the seed; checkpointed in chunks.
/// </summary>
internal static class LevelPhase
{
    private const int ChunkSize = 64;

    public static double PlannedDeviceSeconds(CalibrationSettings s) =>
        2 * s.Levels.Sum(n => (double)n * s.SamplesPerLevel) * ((s.InitPulses * s.SweepWidthMs) + (300 * s.EffectiveFfpWidthMs)) / 1000.0 * 4 / 3;

    public static List<ProgrammingResult> Run(CalibrationContext context, SegmentationResult segmentation)
    {
        var s = context.Settings;
        var direction = segmentation.Direction;
        int n = segmentation.Levels;
        int total = n * s.SamplesPerLevel;
        var order = LevelOrder(n, s.SamplesPerLevel, s.Seed, direction);
        double perSample = ((s.InitPulses * s.SweepWidthMs) + (300 * s.EffectiveFfpWidthMs)) / 1000.0 * 4 / 3;
        var results = new List<ProgrammingResult>(total);
        for (int start = 0; start < total; start += ChunkSize)
        {
            string key = $"levels/{n}/{DirectionNames.Of(direction)}/{start / ChunkSize}";
            int count = Math.Min(ChunkSize, total - start);
            if (context.Database.TryLoadCheckpoint<List<ProgrammingResult>>(context.RunId, key, out var saved))
            {
                results.AddRange(saved);
                context.Skip(perSample * count);
                continue;
            }

            var chunk = context.Measure($"{n} levels {DirectionNames.Of(direction)} {start + count}/{total}", perSample * count, () =>
                Enumerable.Range(start, count).Select(i => ProgramOnce(context, segmentation, order[i])).ToList());
            context.Database.SaveCheckpoint(context.RunId, key, chunk);
            results.AddRange(chunk);
        }

        return results;
    }

    private static ProgrammingResult ProgramOnce(CalibrationContext context, SegmentationResult segmentation, int level)
    {
        context.Initialise(segmentation.Direction);
        var outcome = context.Board.ProgramLevels(
            segmentation.Direction,
            segmentation.Program.LevelCount,
            [(context.Settings.Cell, segmentation.ProgramLevels[level])]);
        CalibrationChecks.RequireOk(outcome, $"programming level {level} of {segmentation.Levels}");

        // A cell that stopped at its pulse bound is still an honest sample of where programming leaves it.
        return new ProgrammingResult(level, outcome.Records[0].ResistanceMilliohms / 1000.0);
    }

    /// <summary>Every level <paramref name="perLevel"/> times, shuffled by the seed (Fisher-Yates).</summary>
    private static int[] LevelOrder(int levels, int perLevel, long seed, Direction direction)
    {
        var order = new int[levels * perLevel];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i % levels;
        }

        var random = new Random(unchecked((int)((seed * 1_000_003) + (levels * 31) + (int)direction)));
        random.Shuffle(order);
        return order;
    }
}
