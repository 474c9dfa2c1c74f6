// SPDX-License-Identifier: MIT
using Edge.Firmware.Drivers.Adg140x;
using Edge.Firmware.Hal;
using Edge.Firmware.Tests.Drivers.Fakes;
using Xunit;

namespace Edge.Firmware.Tests.Drivers.Adg140x;

public sealed class Adg140xCellSelectorTests
{
    private readonly List<string> log = new();

    private Adg140xCellSelector CreateTwoBanks()
    {
        // Reference board pin map: address lines shared by both banks, one EN per bank, path mux with A1 tied low.
        var a0 = new FakeGpioPin("A0", log);
        var a1 = new FakeGpioPin("A1", log);
        var a2 = new FakeGpioPin("A2", log);
        var banks = new[]
        {
            new Adg1408(a0, a1, a2, new FakeGpioPin("EN0", log)),
            new Adg1408(a0, a1, a2, new FakeGpioPin("EN1", log)),
        };
        var path = new Adg1409(new FakeGpioPin("P0", log), null!, new FakeGpioPin("PEN", log));
        return new Adg140xCellSelector(banks, path, readPathChannel: 0, writePathChannel: 1);
    }

    [Fact]
    public void Select_breaks_everything_before_addressing_and_connects_the_cell_last()
    {
        // ADG1408/ADG1409 truth tables: EN = 0 opens all switches; with EN = 1, A2..A0 = 5 closes S6.
        var selector = CreateTwoBanks();
        selector.Select(13, CellPath.Write);
        Assert.Equal(new[] { "EN0=0", "EN1=0", "PEN=0", "P0=1", "A0=1", "A1=0", "A2=1", "PEN=1", "EN1=1" }, log);
    }

    [Fact]
    public void Switching_from_one_cell_to_another_never_has_two_enables_high_while_addresses_move()
    {
        var selector = CreateTwoBanks();
        selector.Select(2, CellPath.Read);
        log.Clear();
        selector.Select(9, CellPath.Read);
        int lastBreak = log.LastIndexOf("PEN=0");
        int firstAddress = log.FindIndex(e => e.StartsWith('A') || e.StartsWith("P0", StringComparison.Ordinal));
        Assert.True(log.IndexOf("EN0=0") < firstAddress && lastBreak < firstAddress);
        Assert.Equal(new[] { "PEN=1", "EN1=1" }, log.TakeLast(2));
        Assert.Contains("P0=0", log);
    }

    [Fact]
    public void Open_path_and_OpenAll_drop_every_enable()
    {
        var selector = CreateTwoBanks();
        selector.Select(0, CellPath.Open);
        Assert.Equal(new[] { "EN0=0", "EN1=0", "PEN=0" }, log);
        log.Clear();
        selector.OpenAll();
        Assert.Equal(new[] { "EN0=0", "EN1=0", "PEN=0" }, log);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16)]
    public void Cells_outside_the_banks_are_rejected_before_any_switch_moves(int cell)
    {
        var selector = CreateTwoBanks();
        Assert.Equal(16, selector.CellCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => selector.Select(cell, CellPath.Read));
        Assert.Empty(log);
    }

    [Fact]
    public void Path_channels_must_exist_on_the_path_mux()
    {
        var pins = new FakeGpioPin("X", log);
        var bank = new Adg1408(pins, pins, pins, pins);
        var path = new Adg1409(pins, null!, pins);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adg140xCellSelector(new[] { bank }, path, 0, 2));
    }
}
