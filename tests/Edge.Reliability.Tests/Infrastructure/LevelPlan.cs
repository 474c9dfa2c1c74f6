// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>
/// A deployment-like PROGRAM_LEVEL plan: every cell of a range gets a seeded target level of the reference potentiation
/// program, in batches of at most 62 items (the protocol's limit). Fresh cells start at HRS, so every target is reachable.
/// </summary>
public sealed class LevelPlan
{
    /// <summary>
    /// Creates the plan for cells 0..<paramref name="cells"/>-1, or only those <paramref name="include"/> accepts (the
    /// others keep their drawn target but are never sent).
    /// </summary>
    public LevelPlan(int cells, ulong seed, int batchSize = 62, Direction direction = Direction.Potentiation, Func<int, bool>? include = null)
    {
        Direction = direction;
        Levels = ReferenceTables.LevelCount(direction);
        var random = new Random((int)(seed % int.MaxValue));
        Targets = new int[cells];
        for (int cell = 0; cell < cells; cell++)
        {
            Targets[cell] = 1 + random.Next(Levels - 1);
        }

        var batches = new List<(int Cell, int Level)[]>();
        var sent = Enumerable.Range(0, cells).Where(c => include == null || include(c)).ToArray();
        for (int start = 0; start < sent.Length; start += batchSize)
        {
            int n = Math.Min(batchSize, sent.Length - start);
            batches.Add(sent.Skip(start).Take(n).Select(c => (c, Targets[c])).ToArray());
        }

        Included = sent.Length;

        Batches = batches;
    }

    /// <summary>Direction of every item.</summary>
    public Direction Direction { get; }

    /// <summary>Level count of the program used.</summary>
    public int Levels { get; }

    /// <summary>Target level per cell.</summary>
    public int[] Targets { get; }

    /// <summary>The batches, in order.</summary>
    public IReadOnlyList<(int Cell, int Level)[]> Batches { get; }

    /// <summary>Cells that are sent.</summary>
    public int Included { get; }

    /// <summary>Cells in the plan (sent or not).</summary>
    public int Cells => Targets.Length;
}
