// SPDX-License-Identifier: MIT
using Edge.Host.Link;
using Edge.Shared.Protocol;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>Runs a <see cref="LevelPlan"/> through a client and tallies what the job records report per cell.</summary>
public sealed class LevelRunner(LevelPlan plan)
{
    /// <summary>Pulses the job records report per cell (summed over every batch that touched it).</summary>
    public long[] ReportedPulses { get; } = new long[plan.Cells];

    /// <summary>Status of each cell's last record.</summary>
    public StatusCode[] LastStatus { get; } = new StatusCode[plan.Cells];

    /// <summary>Records received.</summary>
    public long Records { get; private set; }

    /// <summary>Runs batches <paramref name="from"/>.. to the end; returns the index of the next batch (the count).</summary>
    public int Run(BoardClient client, int from = 0, Action<int>? afterBatch = null)
    {
        for (int b = from; b < plan.Batches.Count; b++)
        {
            RunBatch(client, b);
            afterBatch?.Invoke(b);
        }

        return plan.Batches.Count;
    }

    /// <summary>Runs one batch and books its records.</summary>
    public void RunBatch(BoardClient client, int batch) => RunItems(client, plan.Batches[batch], $"batch {batch}");

    /// <summary>Runs any items of the plan as one command (a retry of some cells) and books their records.</summary>
    public void RunItems(BoardClient client, (int Cell, int Level)[] items, string name = "retry")
    {
        var outcome = client.ProgramLevels(plan.Direction, plan.Levels, items);
        if (outcome.Status != StatusCode.Ok)
        {
            throw new InvalidOperationException($"{name} ended with {outcome.Status}");
        }

        if (outcome.Records.Length != items.Length)
        {
            throw new InvalidOperationException($"{name}: {outcome.Records.Length} records for {items.Length} items");
        }

        foreach (var record in outcome.Records)
        {
            int cell = items[record.Index].Cell;
            ReportedPulses[cell] += record.Pulses;
            LastStatus[cell] = record.Status;
            Records++;
        }
    }
}
