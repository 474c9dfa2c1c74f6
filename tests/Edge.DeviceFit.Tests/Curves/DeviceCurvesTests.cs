// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.DeviceFit.Curves;
using Edge.Hardware.Device;
using Xunit;

namespace Edge.DeviceFit.Tests.Curves;

/// <summary>The device-curves experiment: widths in physical order, the heat sink warmed by the initialisation and cooling, bad settings named.</summary>
public sealed class DeviceCurvesTests
{
    [Fact]
    public void Longer_pulses_move_further_and_the_initialisation_warmth_decays_toward_the_pulse_trains_own()
    {
        var device = DeviceParameters.Paper with { HeatSinkResistanceKelvinPerWatt = 300, HeatSinkTimeConstantMs = 20_000 };
        var runs = DeviceCurves.Measure(device, new DeviceCurves.Settings(1.5, [100, 800, 2000], 10, 10, Cell: 2));
        Assert.Equal(3, runs.Count);
        double[] moved = runs.Select(r => r.ResistancesOhms[0] - r.ResistancesOhms[^1]).ToArray();
        Assert.True(moved[0] < moved[1] && moved[1] < moved[2], string.Join(", ", moved));

        // -6 V pulses warm the sink toward 36 V^2 / 880 ohm x 300 K/W = 12 K (20 pulses of 2 s: 1 - exp(-2) of it);
        // 1.5 V pulses dissipate 16x less, so it cools.
        var run = runs[0];
        Assert.InRange(run.RiseKelvin[0], 0.8 * 12 * (1 - Math.Exp(-2)), 1.1 * 12 * (1 - Math.Exp(-2)));
        Assert.True(run.RiseKelvin[^1] < run.RiseKelvin[0]);
    }

    [Theory]
    [InlineData(0.0, "--volts 0")]
    [InlineData(9.0, "--volts 9")]
    public void A_voltage_outside_the_write_range_is_a_usage_error_naming_the_option(double volts, string message)
    {
        var error = Assert.Throws<EdgeException>(() => DeviceCurves.Check(new DeviceCurves.Settings(volts, [800], 10, 10, 0)));
        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_csv_has_one_row_per_width_and_pulse()
    {
        var runs = DeviceCurves.Measure(DeviceParameters.Paper, new DeviceCurves.Settings(-2, [100, 800], 5, 10, 0));
        string path = Path.Combine(Path.GetTempPath(), $"edge-curves-{Guid.NewGuid():N}.csv");
        try
        {
            DeviceCurves.WriteCsv(path, runs);
            var lines = File.ReadAllLines(path);
            Assert.Equal("width_ms,pulse,resistance_ohm,heat_sink_rise_kelvin", lines[0]);
            Assert.Equal(1 + (2 * 6), lines.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
