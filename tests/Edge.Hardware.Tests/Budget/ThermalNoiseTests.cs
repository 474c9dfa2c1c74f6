// SPDX-License-Identifier: MIT
using Edge.Hardware.Budget;
using Xunit;

namespace Edge.Hardware.Tests.Budget;

public sealed class ThermalNoiseTests
{
    [Fact]
    public void One_kilohm_at_room_temperature_is_four_nanovolts_per_root_hertz()
    {
        // Textbook value: sqrt(4 k 300 K 1 kohm) = 4.07 nV/sqrt(Hz) (e.g. Horowitz & Hill, 3rd ed., section 8.1).
        Assert.Equal(4.07e-9, ThermalNoise.VoltageDensity(1000, 300), 2e-11);
    }

    [Fact]
    public void Current_density_is_voltage_density_over_resistance()
    {
        double ohms = 4990;
        Assert.Equal(ThermalNoise.VoltageDensity(ohms, 300) / ohms, ThermalNoise.CurrentDensity(ohms, 300), 1e-20);
    }

    [Fact]
    public void Non_positive_resistance_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThermalNoise.CurrentDensity(0, 300));
    }
}
