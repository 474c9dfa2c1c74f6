// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Drivers.Ads1262;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Simulated;

public sealed class SimulatedAds1262Tests
{
    [Fact]
    public void Driver_configuration_lands_in_the_register_file()
    {
        var (chip, adc, _) = Build(_ => 0.0);
        adc.Reset();
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);

        Assert.Equal(SimulatedAds1262.IdValue, adc.ReadRegister(0x00));
        Assert.Equal(0x01, adc.ReadRegister(0x01)); // POWER: RESET flag cleared, INTREF on
        Assert.Equal(0x05, adc.ReadRegister(0x02)); // INTERFACE: status + checksum
        Assert.Equal(0x00, adc.ReadRegister(0x04)); // MODE1: sinc1
        Assert.Equal(0x89, adc.ReadRegister(0x05)); // MODE2: PGA bypassed, 1200 SPS
        Assert.Equal(0x01, adc.ReadRegister(0x06)); // INPMUX: AIN0 - AIN1
        Assert.Equal(1, chip.Resets);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.6237)]
    [InlineData(2.4)]
    public void A_conversion_returns_the_code_of_the_differential_input(double volts)
    {
        var (_, adc, _) = Build(input => input == 0 ? volts : 0.0);
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);
        adc.StartConversions();

        Assert.True(adc.TryReadConversion(out int code, out _));
        Assert.Equal(Math.Round(volts / 2.5 * 2147483648.0), code, 0);
        Assert.InRange(Ads1262.CodeToVolts(code, Ads1262.InternalReferenceVolts) - volts, -0.6e-9, 0.6e-9); // half an LSB (1.16 nV)
    }

    [Fact]
    public void Input_mux_selects_which_pins_are_converted()
    {
        var (_, adc, _) = Build(input => input * 0.1);
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain3, AnalogInput.Ain1);
        adc.StartConversions();

        Assert.True(adc.TryReadConversion(out int code, out _));
        Assert.Equal(0.2, Ads1262.CodeToVolts(code, 2.5), 9);
    }

    [Fact]
    public void Without_start_drdy_never_falls_and_the_read_gives_up()
    {
        var (chip, adc, _) = Build(_ => 1.0);
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);

        Assert.False(adc.TryReadConversion(out _, out _));
        Assert.Equal(0, chip.ConversionsRead);
    }

    [Fact]
    public void Each_conversion_costs_one_data_rate_period_of_device_time()
    {
        var (_, adc, clock) = Build(_ => 0.5);
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);
        adc.StartConversions();
        for (int i = 0; i < 11; i++)
        {
            Assert.True(adc.TryReadConversion(out _, out _));
        }

        Assert.Equal(11 * 1000.0 / 1200.0, clock.ElapsedMs, 9);
    }

    [Fact]
    public void Current_channel_averages_to_the_current_through_the_sense_gain()
    {
        // 125 uA into the -4.99 kOhm TIA is -0.62375 V on AIN0; 5 uV rms of noise averages over 11 conversions.
        var (_, adc, _) = Build(input => input == 0 ? -4990.0 * 125e-6 : 0.0, noiseVoltsRms: 5e-6);
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);
        var channel = new Ads1262CurrentChannel(adc, 2.5, -4990.0, 11, 0.98, null, false);

        Assert.True(channel.TryReadCurrent(out double amps));
        Assert.Equal(125e-6, amps, 8); // within 5 nA: 5 uV / 4.99 kOhm / sqrt(11) = 0.3 nA rms
    }

    private static (SimulatedAds1262 Chip, Ads1262 Driver, SimulatedClock Clock) Build(Func<int, double> input, double noiseVoltsRms = 0)
    {
        var clock = new SimulatedClock(_ => { });
        var chip = new SimulatedAds1262(input, clock, noiseVoltsRms, seed: 7);
        return (chip, new Ads1262(chip, chip.DataReady, 20000), clock);
    }
}
