// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.Ads1262;
using Edge.Firmware.Tests.Drivers.Fakes;
using Xunit;
using Adc = Edge.Firmware.Drivers.Ads1262.Ads1262;

namespace Edge.Firmware.Tests.Drivers.Ads1262;

public sealed class Ads1262CurrentChannelTests
{
    // Reference board: inverting TIA with a 4.99 kohm feedback resistor, so I(T1->T3) = -V / 4990 ohm.
    private const double SenseVoltsPerAmp = -4990.0;

    private static int CodeFor(double volts) => (int)Math.Round(volts / 2.5 * 2147483648.0);

    private static (Ads1262CurrentChannel Channel, RecordingSpiDevice Spi, FakeGpioPin Flag) Create(int average)
    {
        var spi = new RecordingSpiDevice();
        var drdy = new FakeGpioPin("DRDY", new List<string>()) { Level = false };
        var flag = new FakeGpioPin("ILIM", new List<string>()) { Level = false };
        var channel = new Ads1262CurrentChannel(new Adc(spi, drdy, 10), 2.5, SenseVoltsPerAmp, average, 0.98, flag, true);
        return (channel, spi, flag);
    }

    [Fact]
    public void Averages_the_conversions_between_START1_and_STOP1_and_divides_by_the_sense_gain()
    {
        var (channel, spi, _) = Create(average: 3);
        double[] volts = { -0.6230, -0.6240, -0.6250 };
        foreach (double v in volts)
        {
            spi.Enqueue(Ads1262Tests.Response(CodeFor(v)));
        }

        Assert.True(channel.TryReadCurrent(out double amps));
        Assert.Equal(0.6240 / 4990.0, amps, 12);
        Assert.Equal(new byte[] { 0x08 }, spi.Frames.First());
        Assert.Equal(new byte[] { 0x0A }, spi.Frames.Last());
        Assert.Equal(3, spi.Frames.Count(f => f[0] == 0x12));
    }

    [Fact]
    public void A_conversion_near_full_scale_reports_saturation()
    {
        var (channel, spi, _) = Create(average: 2);
        spi.Enqueue(Ads1262Tests.Response(CodeFor(-1.0)));
        spi.Enqueue(Ads1262Tests.Response(int.MinValue));
        Assert.False(channel.TryReadCurrent(out _));
        Assert.Equal(new byte[] { 0x0A }, spi.Frames.Last());
    }

    [Fact]
    public void A_tripped_current_limit_reports_false()
    {
        var (channel, spi, flag) = Create(average: 1);
        flag.Level = true;
        spi.Enqueue(Ads1262Tests.Response(CodeFor(-0.6)));
        Assert.False(channel.TryReadCurrent(out _));
    }

    [Fact]
    public void A_corrupted_transfer_reports_false()
    {
        var (channel, spi, _) = Create(average: 2);
        byte[] bad = Ads1262Tests.Response(CodeFor(-0.6));
        bad[3] ^= 0x10;
        spi.Enqueue(Ads1262Tests.Response(CodeFor(-0.6)));
        spi.Enqueue(bad);
        Assert.False(channel.TryReadCurrent(out _));
    }
}
