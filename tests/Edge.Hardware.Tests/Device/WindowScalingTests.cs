// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>A device file with only hrs_ohm, lrs_ohm and seed behaves like the paper device scaled to its window.</summary>
public sealed class WindowScalingTests
{
    private static readonly DeviceParameters Wide = DeviceParameters.Parse("""{"hrs_ohm": 2000, "lrs_ohm": 1500, "seed": 7}""", "wide.json");

    [Fact]
    public void Without_heating_normalised_trajectories_equal_the_paper_device_with_the_same_seed()
    {
        // The switching law is window-free; Joule heating is not (V^2 / R depends on the ohms), so it is left out here.
        MemristorCell wide = new MemristorArray(Wide with { HeatSinkResistanceKelvinPerWatt = 0 }, 1)[0];
        MemristorCell paper = new MemristorArray(DeviceParameters.Paper with { Seed = 7, HeatSinkResistanceKelvinPerWatt = 0 }, 1)[0];
        foreach (double volts in new[] { 0.5, 3.0, -1.0, -6.0 })
        {
            double[] wideRun = DeviceExperiments.IdenticalPulseRun(wide, volts);
            double[] paperRun = DeviceExperiments.IdenticalPulseRun(paper, volts);
            for (int pulse = 0; pulse < wideRun.Length; pulse++)
            {
                double wideNormalised = (wideRun[pulse] - wide.LrsOhm) / (wide.HrsOhm - wide.LrsOhm);
                double paperNormalised = (paperRun[pulse] - paper.LrsOhm) / (paper.HrsOhm - paper.LrsOhm);
                Assert.Equal(paperNormalised, wideNormalised, 9);
            }
        }
    }

    [Fact]
    public void Six_volt_loop_reaches_the_given_window()
    {
        MemristorCell cell = new MemristorArray(Wide, 1)[0];
        DeviceExperiments.Initialise(cell, toHrs: true);
        Assert.InRange(cell.ResistanceOhms, 1950, 2050);
        DeviceExperiments.Initialise(cell, toHrs: false);
        Assert.InRange(cell.ResistanceOhms, 1475, 1525);
    }

    [Fact]
    public void Feedforward_needs_similar_pulse_counts_with_the_step_target_scaled_to_the_window()
    {
        MemristorCell wide = new MemristorArray(Wide, 1)[0];
        MemristorCell paper = new MemristorArray(DeviceParameters.Paper with { Seed = 7 }, 1)[0];

        // |dR| target 0.2 ohm x (500 / 140) = 0.71 ohm, read noise scaled the same way (FeedforwardLoop.Measure).
        FeedforwardCounts wideCounts = FeedforwardLoop.Measure(wide, sweeps: 3, seed: 2);
        FeedforwardCounts paperCounts = FeedforwardLoop.Measure(paper, sweeps: 3, seed: 2);
        Assert.InRange(wideCounts.Potentiation, 300, 900);
        Assert.InRange(wideCounts.Depression, 300, 900);
        Assert.InRange(wideCounts.Potentiation / paperCounts.Potentiation, 0.9, 1.1);
        Assert.InRange(wideCounts.Depression / paperCounts.Depression, 0.9, 1.1);
    }
}
