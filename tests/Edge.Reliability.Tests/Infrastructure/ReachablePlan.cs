// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Host.Link;
using Edge.Host.Virtual;
using Edge.Shared.Protocol;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>
/// A plan of only the cells that reach their target within one command's pulse bound, with the uninterrupted run that
/// found them as the reference. About one cell in six cannot: cell-to-cell spread makes the shared table too weak for
/// it, the board stops at 2 x expected + 16 pulses and reports PULSE_COUNT_LIMIT. Such a cell gets a fresh bound
/// with every command that names it, so a campaign that re-sends interrupted batches must leave it out (the
/// deployment journal caps attempts per cell); <c>StuckCellTests</c> measures that bound on its own.
/// With noise-free reads each cell's trajectory depends only on its own state and noise stream, so the probe run over
/// every cell is also the reference for the included ones.
/// </summary>
public static class ReachablePlan
{
    /// <summary>Runs the probe and returns the filtered plan and the probe board (the reference ledger).</summary>
    public static (LevelPlan Plan, VirtualBoard Reference) Build(int cells, ulong planSeed, ulong boardSeed)
    {
        var probePlan = new LevelPlan(cells, planSeed);
        var reference = BoardFixture.NewBoard(cells, boardSeed, noiseFreeReads: true);
        var runner = new LevelRunner(probePlan);
        using (var client = BoardFixture.Connect(new InProcessTransport(reference)))
        {
            client.UploadTables(ReferenceTables.Image(1), 1);
            runner.Run(client);
        }

        var plan = new LevelPlan(cells, planSeed, include: c => runner.LastStatus[c] == StatusCode.Ok);
        return (plan, reference);
    }
}
