// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>The mean step a device fit compares averaged sweeps against is the average of many noisy pulses.</summary>
public sealed class MeanStepTests
{
    private const int Cells = 20000;

    [Theory]
    [InlineData(0.8, 0.99)]
    [InlineData(3.0, 0.6)]
    [InlineData(5.0, 0.7)]
    [InlineData(-1.0, 0.01)]
    [InlineData(-5.0, 0.2)]
    public void Mean_step_is_the_average_of_many_noisy_pulses(double volts, double stateFraction)
    {
        var device = DeviceParameters.Paper with { Seed = 31, CellResistanceSigmaFraction = 0, CellWindowSigmaFraction = 0, CellRateSigmaFraction = 0 };
        var array = new MemristorArray(device, Cells);
        double start = device.LrsOhm + (stateFraction * device.WindowOhm);
        double sum = 0;
        for (int c = 0; c < Cells; c++)
        {
            array[c].SetResistance(start);
            array[c].ApplyPulse(volts, 2000);
            sum += array[c].ResistanceOhms - start;
        }

        double measured = sum / Cells;
        double predicted = array[0].MeanStepOhms(start, volts, 2000);
        Assert.InRange(measured / predicted, 0.97, 1.03);
    }

    [Fact]
    public void Overshoot_makes_the_mean_step_of_a_high_voltage_potentiation_larger_than_its_drift()
    {
        var cell = new MemristorArray(DeviceParameters.Paper, 1)[0];
        double middle = (cell.HrsOhm + cell.LrsOhm) / 2;
        Assert.True(cell.MeanStepOhms(middle, 5, 2000) < 1.1 * cell.ExpectedStepOhms(middle, 5, 2000));
        Assert.Equal(cell.ExpectedStepOhms(middle, 0.3, 2000), cell.MeanStepOhms(middle, 0.3, 2000), 2);
    }
}
