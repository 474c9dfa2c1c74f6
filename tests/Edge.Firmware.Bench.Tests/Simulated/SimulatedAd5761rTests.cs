// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Drivers.Ad5761r;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Simulated;

public sealed class SimulatedAd5761rTests
{
    [Fact]
    public void Driver_configuration_reads_back_through_the_simulated_register()
    {
        var chip = new SimulatedAd5761r();
        var dac = new Ad5761r(chip);
        dac.Reset();
        dac.Configure(OutputRange.PlusMinus3V, internalReference: true, Level.MidScale);

        // CV = PV = midscale (01), ETS, IRO, RA = 101: the control word of the reference board.
        Assert.Equal((1 << 9) | (1 << 6) | (1 << 5) | (1 << 3) | 5, dac.ReadBackControl());
        Assert.Equal(1, chip.Resets);
        Assert.Equal(0, chip.BadFrames);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(0x8000)]
    [InlineData(0x1234)]
    [InlineData(0xFFFF)]
    public void Written_code_reads_back_and_drives_the_output(int code)
    {
        var chip = new SimulatedAd5761r();
        var dac = new Ad5761r(chip);
        dac.Configure(OutputRange.PlusMinus3V, internalReference: true, Level.MidScale);
        dac.WriteCode(code);

        Assert.Equal(code, dac.ReadBackCode());
        Assert.Equal(2.5 * (-3.0 + (6.0 * code / 65536.0)), chip.OutputVolts, 12);
    }

    [Theory]
    [InlineData(OutputRange.PlusMinus10V)]
    [InlineData(OutputRange.Zero10V)]
    [InlineData(OutputRange.PlusMinus5V)]
    [InlineData(OutputRange.Zero5V)]
    [InlineData(OutputRange.Minus2V5Plus7V5)]
    [InlineData(OutputRange.PlusMinus3V)]
    [InlineData(OutputRange.Zero16V)]
    [InlineData(OutputRange.Zero20V)]
    public void Channel_span_and_zero_code_agree_with_the_chip_in_every_range(OutputRange range)
    {
        var chip = new SimulatedAd5761r();
        var dac = new Ad5761r(chip);
        dac.Configure(range, internalReference: true, Level.MidScale);
        var channel = new Ad5761rDacChannel(dac, range, 2.5, stageGain: 2.5);

        channel.WriteCode(0);
        Assert.Equal(channel.MinVolts, chip.OutputVolts, 9);
        channel.WriteCode(Ad5761r.MaxCode);
        Assert.Equal(channel.MaxVolts, chip.OutputVolts, 9);
        channel.WriteCode(channel.ZeroCode);
        Assert.Equal(0.0, chip.OutputVolts, 9);
    }

    [Fact]
    public void Output_stays_at_zero_until_configured_and_after_a_reset()
    {
        var chip = new SimulatedAd5761r();
        var dac = new Ad5761r(chip);
        dac.WriteCode(0xFFFF);
        Assert.Equal(0.0, chip.OutputVolts);

        dac.Configure(OutputRange.PlusMinus3V, internalReference: true, Level.MidScale);
        dac.WriteCode(0xFFFF);
        Assert.True(chip.OutputVolts > 7.0);
        dac.Reset();
        Assert.Equal(0.0, chip.OutputVolts);
    }

    [Fact]
    public void Clear_pin_loads_the_midscale_level_the_driver_configured()
    {
        var chip = new SimulatedAd5761r();
        var dac = new Ad5761r(chip);
        dac.Configure(OutputRange.PlusMinus3V, internalReference: true, Level.MidScale);
        dac.WriteCode(0xF000);

        chip.Clear();

        Assert.Equal(0x8000, chip.DacCode);
        Assert.Equal(0.0, chip.OutputVolts);
    }
}
