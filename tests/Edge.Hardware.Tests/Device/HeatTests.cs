// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Device;

/// <summary>
/// The slow thermal state: Joule heating V^2 w / R warms a cell's heat sink toward P R_th with its time constant, it cools
/// between pulses, and warmth left from earlier pulses speeds the ion motion of the next one (Arrhenius).
/// </summary>
public sealed class HeatTests
{
    private static readonly DeviceParameters Device = DeviceParameters.Paper with
    {
        HeatSinkResistanceKelvinPerWatt = 500,
        HeatSinkTimeConstantMs = 10_000,
        ActivationEnergyElectronVolts = 1.0,
    };

    [Fact]
    public void A_pulse_train_warms_the_cell_toward_power_times_thermal_resistance_with_its_time_constant()
    {
        var cell = new MemristorArray(Device, 1)[0];
        double powerWatts = 36.0 / cell.ResistanceOhms;

        // One time constant of back-to-back -6 V pulses at HRS (R stays at the bound): 1 - 1/e of the way.
        for (int i = 0; i < 10; i++)
        {
            cell.ApplyPulse(-6.0, 1000);
        }

        Assert.InRange(cell.HeatSinkRiseKelvin / (powerWatts * 500), 0.62, 0.645);
        for (int i = 0; i < 90; i++)
        {
            cell.ApplyPulse(-6.0, 1000);
        }

        Assert.InRange(cell.HeatSinkRiseKelvin / (powerWatts * 500), 0.995, 1.005);
    }

    [Fact]
    public void A_pause_cools_the_cell_and_a_weak_pulse_after_it_moves_less_than_right_after_strong_pulses()
    {
        // 400 cells: warmed by -6 V pulses to HRS, then one +1 V potentiation pulse either at once or after 10 time
        // constants. The warm cells' mean step is larger by about the Arrhenius ratio of their temperatures.
        var warm = new MemristorArray(Device with { Seed = 3 }, 400);
        var cold = new MemristorArray(Device with { Seed = 3 }, 400);
        double warmStep = 0;
        double coldStep = 0;
        double coldRise = 0;
        for (int c = 0; c < 400; c++)
        {
            for (int i = 0; i < 100; i++)
            {
                warm[c].ApplyPulse(-6.0, 1000);
                cold[c].ApplyPulse(-6.0, 1000);
            }

            double before = warm[c].ResistanceOhms;
            warm[c].ApplyPulse(1.0, 1000);
            warmStep += before - warm[c].ResistanceOhms;

            before = cold[c].ResistanceOhms;
            cold[c].ApplyPulse(1.0, 1000, startMs: 100_000 + (10 * 10_000));
            coldStep += before - cold[c].ResistanceOhms;
            coldRise += cold[c].HeatSinkRiseKelvin;
        }

        // The warm cells start about 500 K/W x 41 mW = 20 K up; the cold ones at ambient.
        Assert.True(coldRise / 400 < 1.0, $"the paused cells kept {coldRise / 400:F2} K");
        double ratio = warmStep / coldStep;
        Assert.InRange(ratio, 3.0, 20.0);
    }

    [Fact]
    public void Without_a_heat_sink_the_history_does_not_matter()
    {
        var none = DeviceParameters.Paper with { HeatSinkResistanceKelvinPerWatt = 0, Seed = 5 };
        var atOnce = new MemristorArray(none, 1)[0];
        var later = new MemristorArray(none, 1)[0];
        for (int i = 0; i < 50; i++)
        {
            atOnce.ApplyPulse(-6.0, 1000);
            later.ApplyPulse(-6.0, 1000);
        }

        atOnce.ApplyPulse(1.0, 1000);
        later.ApplyPulse(1.0, 1000, startMs: 1e7);
        Assert.Equal(atOnce.ResistanceOhms, later.ResistanceOhms);
        Assert.Equal(0, later.HeatSinkRiseKelvin);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(20.0)]
    public void Wider_pulses_move_the_state_further_in_order_100_ms_800_ms_2_s(double thermalResistance)
    {
        // Mean R change after 5 potentiation pulses at 1.5 V from HRS (far from that voltage's bound) over 200 cells, per width: the drift law's w / tau and the
        // heating both grow with width, so the order is physical, not a tuning.
        var device = DeviceParameters.Paper with { HeatSinkResistanceKelvinPerWatt = thermalResistance, Seed = 11 };
        double Mean(double widthMs)
        {
            var array = new MemristorArray(device, 200);
            double sum = 0;
            for (int c = 0; c < array.Count; c++)
            {
                for (int i = 0; i < 5; i++)
                {
                    array[c].ApplyPulse(1.5, widthMs);
                }

                sum += array[c].HrsOhm - array[c].ResistanceOhms;
            }

            return sum / array.Count;
        }

        double short100 = Mean(100);
        double ffp800 = Mean(800);
        double sweep2000 = Mean(2000);
        Assert.True(short100 < 0.5 * ffp800, $"100 ms {short100:F2} ohm vs 800 ms {ffp800:F2} ohm");
        Assert.True(ffp800 < 0.9 * sweep2000, $"800 ms {ffp800:F2} ohm vs 2 s {sweep2000:F2} ohm");
    }
}
