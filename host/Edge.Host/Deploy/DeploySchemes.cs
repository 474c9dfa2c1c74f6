// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;
using Edge.Host.Link;

namespace Edge.Host.Deploy;

/// <summary>The programming schemes a deployment can use, by the name the journal and the report record.</summary>
public static class DeploySchemes
{
    /// <summary>The board's own feedforward level programs (PROGRAM_LEVEL batches).</summary>
    public const string Ffp = "ffp";

    /// <summary>The host-driven write-verify baseline.</summary>
    public const string WriteVerify = "write-verify";

    /// <summary>Every registered name.</summary>
    public static IReadOnlyList<string> Names { get; } = [Ffp, WriteVerify];

    /// <summary>The batch programmer of <paramref name="name"/> for a plan on <paramref name="board"/>.</summary>
    public static IBatchProgrammer Create(string name, BoardClient board, DeployPlan plan, CalibrationLevels levels)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return name switch
        {
            Ffp => new FfpBatchProgrammer(board, plan.ProgramLevelCount),
            WriteVerify => WriteVerifyBatch.Create(board, WriteVerifyBatch.Ladder(levels)),
            _ => throw new ArgumentException($"unknown programming scheme '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
