// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.Ad5761r;
using Edge.Firmware.Tests.Drivers.Fakes;
using Xunit;
using Dac = Edge.Firmware.Drivers.Ad5761r.Ad5761r;

namespace Edge.Firmware.Tests.Drivers.Ad5761r;

public sealed class Ad5761rTests
{
    [Fact]
    public void Reset_sends_the_software_full_reset_frame()
    {
        // Data sheet Rev. C, input shift register commands table: address 1111 = software full reset, data don't care.
        var spi = new RecordingSpiDevice();
        new Dac(spi).Reset();
        Assert.Equal(new[] { new byte[] { 0x0F, 0x00, 0x00 } }, spi.Frames);
    }

    [Fact]
    public void Configure_writes_the_control_register_for_the_reference_board()
    {
        // Control register (data sheet Rev. C, write control register tables): CV=01 (DB10..9), OVR=0, B2C=0,
        // ETS=1 (DB6), IRO=1 (DB5), PV=01 (DB4..3), RA=101 (+-3 V) -> 0b010_0110_1101 = 0x26D, command 0100.
        var spi = new RecordingSpiDevice();
        new Dac(spi).Configure(OutputRange.PlusMinus3V, internalReference: true, Level.MidScale);
        Assert.Equal(new byte[] { 0x04, 0x02, 0x6D }, spi.Frames.Single());
    }

    [Fact]
    public void Configure_with_an_external_reference_clears_IRO()
    {
        var spi = new RecordingSpiDevice();
        new Dac(spi).Configure(OutputRange.PlusMinus10V, internalReference: false, Level.ZeroScale);
        Assert.Equal(new byte[] { 0x04, 0x00, 0x40 }, spi.Frames.Single());
    }

    [Theory]
    [InlineData(0x0000, 0x00, 0x00)]
    [InlineData(0x8000, 0x80, 0x00)]
    [InlineData(0xABCD, 0xAB, 0xCD)]
    [InlineData(0xFFFF, 0xFF, 0xFF)]
    public void WriteCode_sends_write_and_update_with_the_code_MSB_first(int code, byte high, byte low)
    {
        // Command 0011 = write and update DAC register; DB15..DB0 = code, MSB first.
        var spi = new RecordingSpiDevice();
        new Dac(spi).WriteCode(code);
        Assert.Equal(new byte[] { 0x03, high, low }, spi.Frames.Single());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0x10000)]
    public void WriteCode_rejects_codes_outside_sixteen_bits(int code)
    {
        var spi = new RecordingSpiDevice();
        Assert.Throws<ArgumentOutOfRangeException>(() => new Dac(spi).WriteCode(code));
        Assert.Empty(spi.Frames);
    }

    [Fact]
    public void ReadBackCode_sends_readback_then_a_nop_and_returns_the_clocked_out_data()
    {
        // Readback DAC register (command 1011): the register shifts out on SDO during the next frame (a NOP).
        var spi = new RecordingSpiDevice();
        spi.Enqueue(0x0B, 0x12, 0x34);
        int code = new Dac(spi).ReadBackCode();
        Assert.Equal(0x1234, code);
        Assert.Equal(new byte[] { 0x0B, 0x00, 0x00 }, spi.Frames[0]);
        Assert.Equal(new byte[] { 0x00, 0x00, 0x00 }, spi.Frames[1]);
    }

    [Fact]
    public void ReadBackControl_uses_command_1100()
    {
        var spi = new RecordingSpiDevice();
        spi.Enqueue(0x0C, 0x12, 0x6D);
        int control = new Dac(spi).ReadBackControl();
        Assert.Equal(0x126D, control);
        Assert.Equal(0x0C, spi.Frames[0][0]);
    }
}
