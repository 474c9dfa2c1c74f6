// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// The error model's programming samples, taken the way a deployment programs (docs/error-model.md, "Samples"): every
/// level of every level program <see cref="CalibrationSettings.ArraySamplesPerLevel"/> times, spread over every measured
/// cell of the array, with the board's FFP seek loop (the deploy default, which needs no reset and moves from wherever a
/// cell is) and a separate read-back as the deployment's. Levels are assigned in a seeded random order, so each cell
/// steps between random levels like an array being reprogrammed, and the samples carry the cell-to-cell spread that is
/// left after the seek loop's per-cell corrections. One checkpoint per block of batches.
/// </summary>
internal static class ArraySamplePhase
{
    private const int BatchesPerCheckpoint = 16;

    /// <summary>Device time planned per sample, s: a handful of 100 ms seek pulses with their reads, and the read-back.</summary>
    public static double PlannedDeviceSeconds(CalibrationSettings s, int levels) => levels * s.ArraySamplesPerLevel * 1.0;

    public static List<ProgrammingResult> Run(CalibrationContext context, SegmentationResult segmentation, int cellCount)
    {
        var s = context.Settings;
        int n = segmentation.Levels;
        string name = $"{n} levels {DirectionNames.Of(segmentation.Direction)}";
        int total = n * s.ArraySamplesPerLevel;
        var order = Order(n, s.ArraySamplesPerLevel, s.Seed, segmentation);
        int batch = Math.Min(ProgramLevelRequest.MaxItems, cellCount);
        int perCheckpoint = batch * BatchesPerCheckpoint;
        var results = new List<ProgrammingResult>(total);
        int nextCell = 0;
        for (int start = 0; start < total; start += perCheckpoint)
        {
            int first = start;
            int count = Math.Min(perCheckpoint, total - start);
            int firstCell = nextCell;
            nextCell = (nextCell + count) % cellCount;
            string key = $"array-samples/{n}/{DirectionNames.Of(segmentation.Direction)}/{start / perCheckpoint}";
            results.AddRange(context.Checkpointed(key, $"array samples {name} {first + count}/{total}", count * 1.0, () =>
            {
                var done = new List<ProgrammingResult>(count);
                for (int b = 0; b < count; b += batch)
                {
                    int size = Math.Min(batch, count - b);
                    var items = Enumerable.Range(0, size)
                        .Select(i => (Cell: (firstCell + b + i) % cellCount, Level: order[first + b + i]))
                        .ToList();
                    done.AddRange(Program(context, segmentation, items));
                }

                return done;
            }));
        }

        return results;
    }

    private static IEnumerable<ProgrammingResult> Program(CalibrationContext context, SegmentationResult segmentation, List<(int Cell, int Level)> items)
    {
        var outcome = context.Board.SeekLevels(
            segmentation.Direction, segmentation.Program.LevelCount, items.Select(i => (i.Cell, segmentation.ProgramLevels[i.Level])).ToList());
        CalibrationChecks.RequireOk(outcome, $"array samples: seeking {items.Count} cells to levels of {segmentation.Levels}");

        // The read-back is a separate read, as a deployment's; a saturated read is no resistance and is left out.
        var reads = context.Board.Read(items.Select(i => i.Cell).ToArray());
        for (int i = 0; i < items.Count; i++)
        {
            if (!reads[i].Saturated && reads[i].ResistanceOhms > 0)
            {
                yield return new ProgrammingResult(items[i].Level, reads[i].ResistanceOhms);
            }
        }
    }

    /// <summary>Every level <paramref name="perLevel"/> times, shuffled by the seed (Fisher-Yates).</summary>
    private static int[] Order(int levels, int perLevel, long seed, SegmentationResult segmentation)
    {
        var order = new int[levels * perLevel];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i % levels;
        }

        var random = new Random(unchecked((int)((seed * 7_000_003) + (levels * 131) + (int)segmentation.Direction)));
        random.Shuffle(order);
        return order;
    }
}
