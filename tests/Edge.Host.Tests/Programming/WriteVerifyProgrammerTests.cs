// SPDX-License-Identifier: MIT
using Edge.Host.Programming;
using Xunit;

namespace Edge.Host.Tests.Programming;

public sealed class WriteVerifyProgrammerTests
{
    [Fact]
    public void Cooperative_cells_converge_within_half_a_level()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 128);
        var ladder = LevelLadder.FromProgram(tables.Programs[128]);
        var (board, client) = tables.Board(ModelTables.Cooperative, 8);
        using (client)
        {
            int[] levels = [3, 20, 37, 54, 71, 88, 105, 122];
            var targets = levels.Select((level, cell) => CellTarget.For(ladder, cell, level)).ToArray();
            var outcomes = new WriteVerifyProgrammer(client, ladder).Program(targets);

            Assert.All(outcomes, o => Assert.Equal(ProgrammingStatus.Done, o.Status));
            Assert.All(outcomes, o => Assert.InRange(o.LevelError, -0.5, 0.5));
            Assert.All(outcomes, o => Assert.InRange(o.Pulses, 1, new WriteVerifySettings().MaxPulses));
            FfpProgrammerTests.AssertLedgerAgrees(board, outcomes);
        }
    }

    [Fact]
    public void A_dead_cell_stops_at_the_pulse_bound_and_is_reported_failed()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var ladder = LevelLadder.FromProgram(tables.Programs[32]);
        var dead = ModelTables.Cooperative with { LrsOhm = 870 };
        var (board, client) = tables.Board(dead, 1);
        using (client)
        {
            var settings = new WriteVerifySettings { MaxPulses = 40, MaxStalledAtMaxVolts = 2048 };
            var pulses = new List<WriteVerifyPulse>();
            var outcome = new WriteVerifyProgrammer(client, ladder, settings) { Trace = pulses.Add }.Program([CellTarget.For(ladder, 0, 24)])[0];

            Assert.Equal(ProgrammingStatus.Failed, outcome.Status);
            Assert.Equal(40, outcome.Pulses);
            Assert.Equal(40, pulses.Count);
            Assert.Contains("40 pulses", outcome.Reason, StringComparison.Ordinal);
            Assert.True(outcome.LevelError > 1);
            Assert.All(pulses, p => Assert.InRange(p.Volts, settings.StartVolts, settings.MaxVolts)); // always toward the target, never past 7 V
            FfpProgrammerTests.AssertLedgerAgrees(board, [outcome]);
        }
    }

    [Fact]
    public void A_dead_cell_is_given_up_once_the_largest_amplitude_stops_moving_it()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 32);
        var ladder = LevelLadder.FromProgram(tables.Programs[32]);
        var dead = ModelTables.Cooperative with { LrsOhm = 870 };
        var (board, client) = tables.Board(dead, 1);
        using (client)
        {
            var settings = new WriteVerifySettings();
            var pulses = new List<WriteVerifyPulse>();
            var outcome = new WriteVerifyProgrammer(client, ladder, settings) { Trace = pulses.Add }.Program([CellTarget.For(ladder, 0, 24)])[0];

            Assert.Equal(ProgrammingStatus.Failed, outcome.Status);
            Assert.Contains("largest amplitude", outcome.Reason, StringComparison.Ordinal);
            Assert.InRange(outcome.Pulses, settings.MaxStalledAtMaxVolts, settings.MaxPulses - 1);
            Assert.All(pulses.TakeLast(settings.MaxStalledAtMaxVolts), p => Assert.Equal(settings.MaxVolts, p.Volts));
            FfpProgrammerTests.AssertLedgerAgrees(board, [outcome]);
        }
    }

    [Fact]
    public void An_oscillating_loop_stops_after_the_allowed_polarity_reversals()
    {
        var tables = ModelTables.Build(ModelTables.Cooperative, 512);
        var ladder = LevelLadder.FromProgram(tables.Programs[512]);
        var (board, client) = tables.Board(ModelTables.Cooperative, 12);
        using (client)
        {
            // Deliberately coarse: 5 V first pulses, 0.4 V steps that never shrink, and a tolerance near the read noise;
            // twelve cells, so that some of them oscillating is near certain whatever the noise draws.
            var settings = new WriteVerifySettings
            {
                StartVolts = 5,
                StepVolts = 0.4,
                HoldIfClosedFraction = 1,
                ReversalStepFactor = 1,
                AfterReversal = ReversalAmplitude.Restart,
                ToleranceLevels = 0.02,
                MaxReversals = 3,
                MaxPulses = 2048,
            };
            var pulses = new List<WriteVerifyPulse>();
            var targets = Enumerable.Range(0, 12).Select(cell => CellTarget.For(ladder, cell, 60 + (cell * 25))).ToArray();
            var outcomes = new WriteVerifyProgrammer(client, ladder, settings) { Trace = pulses.Add }.Program(targets);

            foreach (var o in outcomes)
            {
                var signs = pulses.Where(p => p.Cell == o.Cell).Select(p => Math.Sign(p.Volts)).ToArray();
                int reversals = signs.Zip(signs.Skip(1)).Count(pair => pair.First != pair.Second);
                Assert.InRange(reversals, 0, settings.MaxReversals);
                Assert.Equal(signs.Length, o.Pulses);
                if (o.Status == ProgrammingStatus.Failed)
                {
                    Assert.True(reversals == settings.MaxReversals, $"cell {o.Cell}: {o.Reason}");
                    Assert.Contains("reversals", o.Reason, StringComparison.Ordinal);
                }
            }

            Assert.Contains(outcomes, o => o.Status == ProgrammingStatus.Failed); // the bound was what stopped them
            FfpProgrammerTests.AssertLedgerAgrees(board, outcomes);
        }
    }

    [Theory]
    [InlineData(7.5, 0.1, 100.0, 0.5)]
    [InlineData(1.0, 0.0, 100.0, 0.5)]
    [InlineData(1.0, 0.1, 0.5, 0.5)]
    [InlineData(1.0, 0.1, 100.0, 0.0)]
    public void Out_of_range_settings_are_refused(double startVolts, double stepVolts, double widthMs, double tolerance)
    {
        var settings = new WriteVerifySettings { StartVolts = startVolts, StepVolts = stepVolts, WidthMs = widthMs, ToleranceLevels = tolerance };
        Assert.Throws<ArgumentException>(settings.Validate);
    }
}
