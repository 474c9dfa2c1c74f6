// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>
/// Paper Fig. 3: with a table keeping |dR| near 0.2 ohm (0.1..0.3), the read -> look up -> 0.8 s pulse loop crosses
/// the window in a few hundred pulse events per direction (paper: 494 +- 11 potentiation, 579 +- 17 depression).
/// </summary>
public sealed class FeedforwardPulseTests
{
    [Fact]
    public void Feedforward_sweeps_take_a_few_hundred_pulses_per_direction()
    {
        MemristorCell cell = new MemristorArray(DeviceParameters.Paper, 1)[0];
        FeedforwardCounts counts = FeedforwardLoop.Measure(cell, sweeps: 5, seed: 3);

        Assert.InRange(counts.Potentiation, 300, 900);
        Assert.InRange(counts.Depression, 300, 900);

        // Paper ratio 579/494 = 1.17: potentiation overshoots more, so it needs fewer events than the table implies.
        Assert.InRange(counts.DepressionOverPotentiation, 1.03, 1.40);

        // Repeatable like the paper's +-11 / +-17: a few percent sweep to sweep.
        Assert.InRange(counts.PotentiationSd, 0, 0.08 * counts.Potentiation);
        Assert.InRange(counts.DepressionSd, 0, 0.08 * counts.Depression);
    }

    [Fact]
    public void Feedforward_table_keeps_expected_steps_inside_the_paper_window()
    {
        MemristorCell cell = new MemristorArray(DeviceParameters.Paper, 1)[0];
        var table = FeedforwardTable.Build(cell, potentiation: true, FeedforwardLoop.PaperTargetStepOhms, FeedforwardLoop.PulseWidthMs);
        int inside = 0;
        int total = 0;
        for (double resistance = cell.LrsOhm + 0.5; resistance < cell.HrsOhm; resistance += 0.5)
        {
            double step = -cell.ExpectedStepOhms(resistance, table.VoltsFor(resistance), FeedforwardLoop.PulseWidthMs);
            total++;
            inside += step is > 0.1 and < 0.3 ? 1 : 0;
        }

        // 0.3 V .. 7 V covers the whole window, so nearly every resistance gets a 0.1-0.3 ohm step.
        Assert.True(inside > 0.97 * total, $"{inside} of {total} table cells inside 0.1..0.3 ohm");
    }

    [Fact]
    public void Different_cells_of_an_array_need_similar_pulse_counts()
    {
        var array = new MemristorArray(DeviceParameters.Paper, 4);
        var potentiation = new List<double>();
        for (int index = 0; index < array.Count; index++)
        {
            potentiation.Add(FeedforwardLoop.Measure(array[index], sweeps: 1, seed: 5 + index).Potentiation);
        }

        Assert.InRange(potentiation.Max() / potentiation.Min(), 1.0, 1.25);
    }
}
