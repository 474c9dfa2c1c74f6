// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.Ads1262;
using Edge.Firmware.Tests.Drivers.Fakes;
using Xunit;
using Adc = Edge.Firmware.Drivers.Ads1262.Ads1262;

namespace Edge.Firmware.Tests.Drivers.Ads1262;

public sealed class Ads1262Tests
{
    private static (Adc Adc, RecordingSpiDevice Spi, FakeGpioPin Drdy) Create(int pollLimit = 10)
    {
        var spi = new RecordingSpiDevice();
        var drdy = new FakeGpioPin("DRDY", new List<string>()) { Level = false };
        return (new Adc(spi, drdy, pollLimit), spi, drdy);
    }

    /// <summary>An RDATA1 response: echo byte, STATUS, four data bytes, checksum = data sum + 9Bh.</summary>
    internal static byte[] Response(int code, byte status = 0x40)
    {
        byte b3 = (byte)(code >> 24), b2 = (byte)(code >> 16), b1 = (byte)(code >> 8), b0 = (byte)code;
        return new byte[] { 0xFF, status, b3, b2, b1, b0, (byte)(0x9B + b3 + b2 + b1 + b0) };
    }

    [Fact]
    public void Configure_writes_power_through_inpmux_in_one_block_then_refmux()
    {
        // WREG (SBAS661C, section 9.5 commands: 010r rrrr, 000n nnnn) from POWER (01h), six registers (n = 5):
        // POWER 01h (INTREF), INTERFACE 05h (STATUS + checksum), MODE0 00h (continuous), MODE1 00h (sinc1),
        // MODE2 89h (BYPASS, 1200 SPS per Table 9-3), INPMUX 01h (AIN0 - AIN1). Then REFMUX (0Fh) = 00h internal.
        var (adc, spi, _) = Create();
        adc.Configure(DataRate.Sps1200, DigitalFilter.Sinc1, AnalogInput.Ain0, AnalogInput.Ain1);
        Assert.Equal(new byte[] { 0x41, 0x05, 0x01, 0x05, 0x00, 0x00, 0x89, 0x01 }, spi.Frames[0]);
        Assert.Equal(new byte[] { 0x4F, 0x00, 0x00 }, spi.Frames[1]);
        Assert.Equal(2, spi.Frames.Count);
    }

    [Theory]
    [InlineData(DataRate.Sps20, DigitalFilter.Fir, 0x84, 0x80)]
    [InlineData(DataRate.Sps7200, DigitalFilter.Sinc4, 0x8C, 0x60)]
    [InlineData(DataRate.Sps38400, DigitalFilter.Sinc1, 0x8F, 0x00)]
    public void Mode_registers_carry_rate_and_filter_codes(DataRate rate, DigitalFilter filter, byte mode2, byte mode1)
    {
        // MODE1 FILTER[2:0] in bits 7..5 (FIR = 100b is the power-on default 80h); MODE2 DR[3:0] from Table 9-3.
        var (adc, spi, _) = Create();
        adc.Configure(rate, filter, AnalogInput.Ain2, AnalogInput.AinCom);
        Assert.Equal(mode1, spi.Frames[0][5]);
        Assert.Equal(mode2, spi.Frames[0][6]);
        Assert.Equal(0x2A, spi.Frames[0][7]);
    }

    [Fact]
    public void Commands_are_single_opcode_bytes()
    {
        // Command table: RESET 06h, START1 08h, STOP1 0Ah.
        var (adc, spi, _) = Create();
        adc.Reset();
        adc.StartConversions();
        adc.StopConversions();
        Assert.Equal(new[] { new byte[] { 0x06 }, new byte[] { 0x08 }, new byte[] { 0x0A } }, spi.Frames);
    }

    [Fact]
    public void ReadRegister_sends_RREG_with_count_zero_and_returns_the_third_byte()
    {
        // RREG of MODE2 (05h): opcode 25h, 00h (one register), data clocked out in the third byte (Figure 9-56 pattern).
        var (adc, spi, _) = Create();
        spi.Enqueue(0xFF, 0xFF, 0x89);
        Assert.Equal(0x89, adc.ReadRegister(0x05));
        Assert.Equal(new byte[] { 0x25, 0x00, 0x00 }, spi.Frames.Single());
    }

    [Theory]
    [InlineData(0x00000001)]
    [InlineData(0x7FFFFFFF)]
    [InlineData(unchecked((int)0x80000000))]
    [InlineData(-123456789)]
    public void TryReadConversion_reads_with_RDATA1_and_decodes_a_signed_32_bit_code(int expected)
    {
        // RDATA1 (12h) then STATUS, DATA1 (MSB)..DATA4, CHECKSUM (data read by command, checksum mode).
        var (adc, spi, _) = Create();
        spi.Enqueue(Response(expected));
        Assert.True(adc.TryReadConversion(out int code, out byte status));
        Assert.Equal(expected, code);
        Assert.Equal(0x40, status);
        Assert.Equal(new byte[] { 0x12, 0, 0, 0, 0, 0, 0 }, spi.Frames.Single());
    }

    [Fact]
    public void A_checksum_mismatch_is_not_a_measurement()
    {
        var (adc, spi, _) = Create();
        byte[] response = Response(1000);
        response[6] ^= 0x01;
        spi.Enqueue(response);
        Assert.False(adc.TryReadConversion(out _, out _));
    }

    [Fact]
    public void Waits_for_DRDY_low_and_gives_up_at_the_poll_limit()
    {
        var (adc, spi, drdy) = Create(pollLimit: 5);
        drdy.Level = true;
        Assert.False(adc.TryReadConversion(out _, out _));
        Assert.Equal(5, drdy.Reads);
        Assert.Empty(spi.Frames);

        drdy.LevelsToRead.Enqueue(true);
        drdy.LevelsToRead.Enqueue(true);
        drdy.LevelsToRead.Enqueue(false);
        spi.Enqueue(Response(42));
        Assert.True(adc.TryReadConversion(out int code, out _));
        Assert.Equal(42, code);
    }

    [Fact]
    public void Full_scale_code_is_the_reference_voltage()
    {
        Assert.Equal(2.5, Adc.CodeToVolts(int.MaxValue, 2.5), 6);
        Assert.Equal(-2.5, Adc.CodeToVolts(int.MinValue, 2.5), 12);
    }
}
