// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Hal;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Simulated;

public sealed class SimulatedReferenceBoardTests
{
    [Fact]
    public void Boot_leaves_every_switch_open_and_the_output_at_zero()
    {
        var board = new SimulatedReferenceBoard();
        ReferenceBoard.Boot(board.Wiring(), board.Clock);

        Assert.Equal(-1, board.ConnectedCell);
        Assert.Equal(CellPath.Open, board.Path);
        Assert.Equal(0.0, board.Dac.OutputVolts);
        Assert.NotNull(board.Dac.Control);
    }

    [Fact]
    public void Every_cell_reads_its_own_resistor_through_the_real_drivers()
    {
        var board = new SimulatedReferenceBoard();
        var io = ReferenceBoard.Boot(board.Wiring(), board.Clock);
        board.SetResistanceOhms(5, 812.345);

        Assert.Equal(SimulatedReferenceBoard.CellCount, io.CellCount);
        for (int cell = 0; cell < io.CellCount; cell++)
        {
            Assert.Equal(StatusCode.Ok, io.Read(cell, 0, out uint milliohms));

            // Noise-free chain: only the ADC code (0.23 pA) and the DAC code's exact voltage remain, far below 1 mOhm.
            Assert.Equal(board.ResistanceOhms(cell), milliohms / 1000.0, 3);
        }

        Assert.Equal(0, board.HotSwitchEvents);
        Assert.Equal(0, board.BankConflicts);
    }

    [Theory]
    [InlineData(0, 2000)]
    [InlineData(7, -1500)]
    [InlineData(8, 7000)]
    [InlineData(15, -7000)]
    public void A_pulse_reaches_the_addressed_cell_on_the_write_path_at_the_requested_voltage(int cell, int millivolts)
    {
        var board = new SimulatedReferenceBoard();
        var io = ReferenceBoard.Boot(board.Wiring(), board.Clock);
        double before = board.ResistanceOhms(cell);

        Assert.Equal(StatusCode.Ok, io.Pulse(cell, millivolts, 100_000));

        var pulse = Assert.Single(board.Pulses);
        Assert.Equal(cell, pulse.Cell);
        Assert.Equal(millivolts / 1000.0, pulse.Volts, 3); // one DAC code is 0.229 mV at the stage output
        Assert.Equal(100.0, pulse.WidthMs, 9);
        double expected = Math.Clamp(before - (board.OhmsPerVoltSecond * pulse.Volts * 0.1), board.LowOhms, board.HighOhms);
        Assert.Equal(expected, board.ResistanceOhms(cell), 9);
        Assert.Equal(-1, board.ConnectedCell);
        Assert.Equal(0, board.HotSwitchEvents);
    }

    [Fact]
    public void A_tripped_current_limit_fails_the_read()
    {
        var board = new SimulatedReferenceBoard { };
        var io = ReferenceBoard.Boot(board.Wiring(), board.Clock);
        board.ForceCurrentLimit = true;

        Assert.Equal(StatusCode.AdcSaturated, io.Read(3, 0, out uint milliohms));
        Assert.Equal(0u, milliohms);
    }

    [Fact]
    public void A_write_beyond_the_hard_limit_never_reaches_the_cell()
    {
        var board = new SimulatedReferenceBoard();
        var io = ReferenceBoard.Boot(board.Wiring(), board.Clock);

        Assert.Equal(StatusCode.WriteVoltageLimit, io.Pulse(2, 7001, 100_000));
        Assert.Empty(board.Pulses);
        Assert.Equal(0.0, board.Dac.OutputVolts);
    }
}
