// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Host.Programming;
using Xunit;

namespace Edge.Host.Tests.Programming;

public sealed class FfpProgrammerTests
{
    private const int InitPulses = 20;

    [Fact]
    public void Cooperative_cells_reach_their_levels_within_half_a_level_and_stop_at_or_just_past_the_target()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var ladder = LevelLadder.FromProgram(tables.Programs[32]);
        var (board, client) = tables.Board(ModelTables.Cooperative, 8);
        using (client)
        {
            int[] levels = [1, 5, 9, 13, 17, 21, 25, 29];
            var targets = levels.Select((level, cell) => CellTarget.For(ladder, cell, level)).ToArray();
            var outcomes = new FfpProgrammer(client, ladder).Program(targets);

            Assert.All(outcomes, o => Assert.Equal(ProgrammingStatus.Done, o.Status));
            Assert.All(outcomes, o => Assert.InRange(o.LevelError, -0.5, 0.05)); // the loop stops once R <= target
            Assert.Equal(targets.Select(t => t.Cell), outcomes.Select(o => o.Cell));
            AssertLedgerAgrees(board, outcomes);
            Assert.True(outcomes[^1].Pulses > outcomes[0].Pulses * 5, "deeper levels take more FFP pulses from HRS");
        }
    }

    [Fact]
    public void Cells_that_cannot_reach_their_level_are_reported_failed_with_their_real_state()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var ladder = LevelLadder.FromProgram(tables.Programs[32]);

        // A dead device: its window ends at 870 ohm, so levels below it can never be reached.
        var dead = ModelTables.Cooperative with { LrsOhm = 870 };
        var (board, client) = tables.Board(dead, 4);
        using (client)
        {
            var targets = new[] { 12, 18, 24, 30 }.Select((level, cell) => CellTarget.For(ladder, cell, level)).ToArray();
            var outcomes = new FfpProgrammer(client, ladder).Program(targets);

            Assert.All(outcomes, o =>
            {
                Assert.Equal(ProgrammingStatus.Failed, o.Status);
                Assert.Contains("pulse bound", o.Reason, StringComparison.Ordinal);
                Assert.True(o.Pulses > 0);
                Assert.True(o.LevelError > 1, $"cell {o.Cell} reports {o.LevelError} levels: it never got near its target");
            });
            AssertLedgerAgrees(board, outcomes);
        }
    }

    [Fact]
    public void More_cells_than_one_command_holds_are_batched_and_reported_in_input_order()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var ladder = LevelLadder.FromProgram(tables.Programs[32]);
        var (board, client) = tables.Board(ModelTables.Cooperative, 70);
        using (client)
        {
            var random = new Random(5);
            var cells = Enumerable.Range(0, 70).OrderBy(_ => random.Next()).ToArray();
            var targets = cells.Select(c => CellTarget.For(ladder, c, 1 + (c % 3))).ToArray();
            var seen = new List<ProgrammingProgress>();
            var outcomes = new FfpProgrammer(client, ladder).Program(targets, new Recorder(seen));

            Assert.Equal(cells, outcomes.Select(o => o.Cell));
            Assert.Equal(targets.Select(t => t.Level), outcomes.Select(o => o.Level));
            Assert.All(outcomes, o => Assert.Equal(ProgrammingStatus.Done, o.Status));
            Assert.All(outcomes, o => Assert.True(o.WithinHalfLevel, $"cell {o.Cell}: {o.LevelError} levels"));
            Assert.Equal(70, seen[^1].CellsDone);
            Assert.Equal(outcomes.Sum(o => o.Pulses), seen[^1].Pulses);
            AssertLedgerAgrees(board, outcomes);
        }
    }

    /// <summary>What the programmer reports is what the analog ledger saw: no pulse lost or counted twice.</summary>
    internal static void AssertLedgerAgrees(VirtualBoard board, IEnumerable<ProgrammingOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            Assert.Equal(InitPulses + o.Pulses, board.Analog.PulsesOn(o.Cell));
        }
    }

    private sealed class Recorder(List<ProgrammingProgress> seen) : IProgress<ProgrammingProgress>
    {
        public void Report(ProgrammingProgress value) => seen.Add(value);
    }
}
