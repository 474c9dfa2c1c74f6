// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>Seeded, reproducible behaviour and cell-to-cell spread.</summary>
public sealed class DeterminismTests
{
    private static double[] Trajectory(MemristorCell cell, int seed)
    {
        var pulses = new Random(seed);
        var resistances = new double[2000];
        for (int i = 0; i < resistances.Length; i++)
        {
            cell.ApplyPulse((pulses.NextDouble() * 14.0) - 7.0, pulses.Next(1, 3) * 800);
            resistances[i] = cell.ResistanceOhms;
        }

        return resistances;
    }

    [Fact]
    public void Same_seed_gives_identical_trajectories()
    {
        var first = new MemristorArray(DeviceParameters.Paper with { Seed = 42 }, 3);
        var second = new MemristorArray(DeviceParameters.Paper with { Seed = 42 }, 3);
        for (int index = 0; index < 3; index++)
        {
            Assert.Equal(Trajectory(first[index], 9), Trajectory(second[index], 9));
        }
    }

    [Fact]
    public void Different_seeds_and_different_cells_differ()
    {
        double[] seed42 = Trajectory(new MemristorArray(DeviceParameters.Paper with { Seed = 42 }, 1)[0], 9);
        double[] seed43 = Trajectory(new MemristorArray(DeviceParameters.Paper with { Seed = 43 }, 1)[0], 9);
        var array = new MemristorArray(DeviceParameters.Paper with { Seed = 42 }, 2);
        Assert.NotEqual(seed42, seed43);
        Assert.NotEqual(array[0].HrsOhm, array[1].HrsOhm);
        Assert.NotEqual(Trajectory(array[0], 9), Trajectory(array[1], 9));
    }

    [Fact]
    public void A_cell_does_not_depend_on_the_array_size()
    {
        var small = new MemristorArray(DeviceParameters.Paper, 4);
        var large = new MemristorArray(DeviceParameters.Paper, 256);
        Assert.Equal(small[3].HrsOhm, large[3].HrsOhm);
        Assert.Equal(Trajectory(small[3], 1), Trajectory(large[3], 1));
    }

    [Fact]
    public void Cell_to_cell_spread_matches_the_parameters()
    {
        var parameters = DeviceParameters.Paper with { CellResistanceSigmaFraction = 0.01, CellWindowSigmaFraction = 0.05 };
        var array = new MemristorArray(parameters, 2000);
        double[] lrsLog = Enumerable.Range(0, array.Count).Select(i => Math.Log(array[i].LrsOhm / parameters.LrsOhm)).ToArray();
        double[] windowLog = Enumerable.Range(0, array.Count).Select(i => Math.Log((array[i].HrsOhm - array[i].LrsOhm) / parameters.WindowOhm)).ToArray();

        // sigma estimated from 2000 draws has a relative standard error of about 1.6 %.
        Assert.InRange(StandardDeviation(lrsLog), 0.0093, 0.0107);
        Assert.InRange(StandardDeviation(windowLog), 0.0465, 0.0535);
        Assert.InRange(lrsLog.Average(), -0.001, 0.001);
        Assert.InRange(DeviceExperiments.Pearson(lrsLog, windowLog), -0.1, 0.1);
    }

    [Fact]
    public void Zero_spread_makes_every_cell_the_nominal_device()
    {
        var parameters = DeviceParameters.Paper with { CellResistanceSigmaFraction = 0, CellWindowSigmaFraction = 0, CellRateSigmaFraction = 0 };
        var array = new MemristorArray(parameters, 8);
        for (int index = 0; index < array.Count; index++)
        {
            Assert.Equal(880, array[index].HrsOhm, 9);
            Assert.Equal(740, array[index].LrsOhm, 9);
        }
    }

    private static double StandardDeviation(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
