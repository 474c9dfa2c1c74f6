// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Repeated programming of the levels (paper Fig. 4c/d and the samples the error model is fitted from): the board's
/// PROGRAM_LEVEL steps the cell to a level exactly as a deployment does, and the last read is the actual value.
/// <see cref="LevelSampling.Ladder"/> (default): per pass, initialise once and program every level in programming
/// order (one sample per level, one checkpoint per pass). <see cref="LevelSampling.FromStart"/>: initialise before every
/// sample, levels in a seeded random order, checkpointed in chunks.
/// </summary>
internal static class LevelPhase
{
    private const int ChunkSize = 64;

    /// <summary>Planned device time of one (level count, direction), s.</summary>
    public static double PlannedDeviceSeconds(CalibrationSettings s, int levels, double runSeconds)
    {
        double init = s.InitSeconds;
        return s.LevelSampling == LevelSampling.Ladder
            ? s.SamplesPerLevel * (init + runSeconds)
            : levels * s.SamplesPerLevel * (init + (0.5 * runSeconds));
    }

    public static List<ProgrammingResult> Run(CalibrationContext context, SegmentationResult segmentation, double runSeconds) =>
        context.Settings.LevelSampling == LevelSampling.Ladder
            ? Ladder(context, segmentation, runSeconds)
            : FromStart(context, segmentation, runSeconds);

    private static List<ProgrammingResult> Ladder(CalibrationContext context, SegmentationResult segmentation, double runSeconds)
    {
        var s = context.Settings;
        int n = segmentation.Levels;
        string name = $"{n} levels {DirectionNames.Of(segmentation.Direction)}";
        double perPass = PlannedDeviceSeconds(s, n, runSeconds) / s.SamplesPerLevel;
        var results = new List<ProgrammingResult>(n * s.SamplesPerLevel);
        for (int pass = 0; pass < s.SamplesPerLevel; pass++)
        {
            string key = $"levels/{n}/{DirectionNames.Of(segmentation.Direction)}/pass/{pass}";
            results.AddRange(context.Checkpointed(key, $"{name} pass {pass + 1}/{s.SamplesPerLevel}", perPass, () =>
            {
                context.Initialise(segmentation.Direction);
                var pass = new List<ProgrammingResult>(n);
                for (int start = 0; start < n; start += ProgramLevelRequest.MaxItems)
                {
                    // Several items for the same cell run one after the other on the board: each starts from where the
                    // previous one stopped, and a level already reached gets no pulse.
                    var levels = Enumerable.Range(start, Math.Min(ProgramLevelRequest.MaxItems, n - start)).ToArray();
                    pass.AddRange(Program(context, segmentation, levels));
                }

                return pass;
            }));
        }

        return results;
    }

    private static List<ProgrammingResult> FromStart(CalibrationContext context, SegmentationResult segmentation, double runSeconds)
    {
        var s = context.Settings;
        var direction = segmentation.Direction;
        int n = segmentation.Levels;
        int total = n * s.SamplesPerLevel;
        var order = LevelOrder(n, s.SamplesPerLevel, s.Seed, direction);
        double perSample = PlannedDeviceSeconds(s, n, runSeconds) / total;
        var results = new List<ProgrammingResult>(total);
        for (int start = 0; start < total; start += ChunkSize)
        {
            string key = $"levels/{n}/{DirectionNames.Of(direction)}/{start / ChunkSize}";
            int count = Math.Min(ChunkSize, total - start);
            results.AddRange(context.Checkpointed(key, $"{n} levels {DirectionNames.Of(direction)} {start + count}/{total}", perSample * count, () =>
                Enumerable.Range(start, count).SelectMany(i =>
                {
                    context.Initialise(direction);
                    return Program(context, segmentation, [order[i]]);
                }).ToList()));
        }

        return results;
    }

    private static List<ProgrammingResult> Program(CalibrationContext context, SegmentationResult segmentation, int[] levels)
    {
        var outcome = context.Board.ProgramLevels(
            segmentation.Direction,
            segmentation.Program.LevelCount,
            levels.Select(level => (context.Settings.Cell, segmentation.ProgramLevels[level])).ToList());

        // A cell that stopped at its pulse bound (PulseCountLimit in its record) is still an honest sample of where
        // programming leaves it; only a job-level failure stops the calibration.
        CalibrationChecks.RequireOk(outcome, $"programming levels {levels[0]}..{levels[^1]} of {segmentation.Levels}");
        return levels.Select((level, i) => new ProgrammingResult(level, outcome.Records[i].ResistanceMilliohms / 1000.0)).ToList();
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
