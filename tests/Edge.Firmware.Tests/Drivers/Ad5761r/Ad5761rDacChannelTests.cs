// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.Ad5761r;
using Edge.Firmware.Tests.Drivers.Fakes;
using Xunit;
using Dac = Edge.Firmware.Drivers.Ad5761r.Ad5761r;

namespace Edge.Firmware.Tests.Drivers.Ad5761r;

public sealed class Ad5761rDacChannelTests
{
    [Fact]
    public void Reference_board_channel_spans_plus_minus_seven_and_a_half_volts_with_zero_at_midscale()
    {
        // +-3 V range (M = 2.4, C = 1.2, VREF = 2.5 V; data sheet transfer function) times the x2.5 output stage.
        var channel = new Ad5761rDacChannel(new Dac(new RecordingSpiDevice()), OutputRange.PlusMinus3V, 2.5, 2.5);
        Assert.Equal(16, channel.Bits);
        Assert.Equal(-7.5, channel.MinVolts, 12);
        Assert.Equal(7.5 - (15.0 / 65536), channel.MaxVolts, 12);
        Assert.Equal(0x8000, channel.ZeroCode);
    }

    [Theory]
    [InlineData(OutputRange.PlusMinus10V, -10.0, 0x8000)]
    [InlineData(OutputRange.Zero10V, 0.0, 0)]
    [InlineData(OutputRange.PlusMinus5V, -5.0, 0x8000)]
    [InlineData(OutputRange.Minus2V5Plus7V5, -2.5, 0x4000)]
    [InlineData(OutputRange.Zero20V, 0.0, 0)]
    public void Every_range_maps_code_zero_and_the_zero_volt_code_from_the_transfer_function(OutputRange range, double minVolts, int zeroCode)
    {
        Assert.Equal(minVolts, RangeScale.MinVolts(range, 2.5), 12);
        Assert.Equal(zeroCode, RangeScale.ZeroCode(range));
        Assert.Equal(0.0, RangeScale.CodeToVolts(range, 2.5, zeroCode), 12);
    }

    [Fact]
    public void WriteCode_reaches_the_chip()
    {
        var spi = new RecordingSpiDevice();
        var channel = new Ad5761rDacChannel(new Dac(spi), OutputRange.PlusMinus3V, 2.5, 2.5);
        channel.WriteCode(channel.ZeroCode);
        Assert.Equal(new byte[] { 0x03, 0x80, 0x00 }, spi.Frames.Single());
    }

    [Fact]
    public void A_non_positive_stage_gain_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Ad5761rDacChannel(new Dac(new RecordingSpiDevice()), OutputRange.PlusMinus3V, 2.5, 0));
    }
}
