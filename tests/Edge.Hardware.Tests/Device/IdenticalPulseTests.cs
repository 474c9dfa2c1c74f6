// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>Paper Fig. 2a behaviour: saturating identical-pulse curves, wider and faster with voltage, +-6 V initialisation.</summary>
public sealed class IdenticalPulseTests
{
    private static MemristorCell PaperCell() => new MemristorArray(DeviceParameters.Paper, 1)[0];

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(5.0)]
    [InlineData(-0.5)]
    [InlineData(-2.0)]
    [InlineData(-5.0)]
    public void Identical_pulses_saturate_toward_the_voltage_bound(double volts)
    {
        MemristorCell cell = PaperCell();
        double start = volts > 0 ? cell.HrsOhm : cell.LrsOhm;
        double[] run = DeviceExperiments.IdenticalPulseRun(cell, volts);

        double firstTen = Math.Abs(run[9] - start);
        double lastTen = Math.Abs(run[99] - run[89]);
        Assert.True(lastTen < 0.25 * firstTen, $"last ten pulses moved {lastTen:F3} ohm, first ten {firstTen:F3} ohm");
        double bound = cell.SaturationBoundOhms(volts);
        double range = Math.Abs(bound - start);
        Assert.InRange(Math.Abs(run[99] - bound), 0, 0.2 * range);
        Assert.True(volts > 0 ? run[99] < start : run[99] > start);
    }

    [Fact]
    public void Reachable_range_and_step_size_grow_with_voltage()
    {
        MemristorCell cell = PaperCell();
        double previousPotentiation = 0;
        double previousDepression = 0;
        foreach (double volts in DeviceExperiments.PaperVoltages)
        {
            (double potentiationRange, _) = DeviceExperiments.Characterise(cell, volts);
            (double depressionRange, _) = DeviceExperiments.Characterise(cell, -volts);
            Assert.True(potentiationRange > previousPotentiation, $"potentiation range at {volts} V: {potentiationRange:F2} ohm");
            Assert.True(depressionRange > previousDepression, $"depression range at {volts} V: {depressionRange:F2} ohm");
            previousPotentiation = potentiationRange;
            previousDepression = depressionRange;
        }

        // 0.3 V moves a few ohms; 6-7 V sweeps the whole 140 ohm window.
        Assert.InRange(DeviceExperiments.Characterise(cell, 0.3).RangeOhms, 1, 15);
        Assert.InRange(DeviceExperiments.Characterise(cell, 7.0).RangeOhms, 0.98 * (cell.HrsOhm - cell.LrsOhm), 1.1 * (cell.HrsOhm - cell.LrsOhm));
    }

    [Fact]
    public void Expected_step_grows_with_voltage_and_width_and_shrinks_toward_the_bound()
    {
        MemristorCell cell = PaperCell();
        double middle = 0.5 * (cell.HrsOhm + cell.LrsOhm);
        double previous = 0;
        for (double volts = 2.5; volts <= 7.0; volts += 0.5)
        {
            double step = -cell.ExpectedStepOhms(middle, volts, 800);
            Assert.True(step > previous, $"{volts} V");
            previous = step;
        }

        Assert.True(-cell.ExpectedStepOhms(middle, 4, 2000) > -cell.ExpectedStepOhms(middle, 4, 800));
        Assert.True(cell.ExpectedStepOhms(middle, -4, 800) > cell.ExpectedStepOhms(middle + 20, -4, 800));
        Assert.Equal(0, cell.ExpectedStepOhms(cell.LrsOhm + 1, 0.3, 800));
    }

    [Fact]
    public void Six_volt_loop_initialises_every_cell_to_its_window()
    {
        var array = new MemristorArray(DeviceParameters.Paper, 16);
        for (int index = 0; index < array.Count; index++)
        {
            MemristorCell cell = array[index];
            double window = cell.HrsOhm - cell.LrsOhm;
            DeviceExperiments.Initialise(cell, toHrs: true);
            Assert.InRange(cell.ResistanceOhms, cell.HrsOhm - (0.002 * window), cell.HrsOhm + (0.002 * window));
            DeviceExperiments.Initialise(cell, toHrs: false);
            Assert.InRange(cell.ResistanceOhms, cell.LrsOhm - (0.002 * window), cell.LrsOhm + (0.002 * window));
            Assert.InRange(cell.HrsOhm, 860, 900);
            Assert.InRange(cell.LrsOhm, 725, 755);
        }
    }

    [Theory]
    [InlineData(7.01, 800)]
    [InlineData(-7.5, 800)]
    [InlineData(double.NaN, 800)]
    [InlineData(1.0, 0)]
    [InlineData(1.0, -5)]
    [InlineData(1.0, double.PositiveInfinity)]
    public void Pulses_outside_the_controller_limits_are_rejected(double volts, double widthMs)
    {
        MemristorCell cell = PaperCell();
        Assert.Throws<ArgumentOutOfRangeException>(() => cell.ApplyPulse(volts, widthMs));
    }

    [Fact]
    public void A_zero_volt_pulse_changes_nothing()
    {
        MemristorCell cell = PaperCell();
        cell.SetResistance(800);
        cell.ApplyPulse(0, 800);
        Assert.Equal(800, cell.ResistanceOhms, 9);
    }
}
