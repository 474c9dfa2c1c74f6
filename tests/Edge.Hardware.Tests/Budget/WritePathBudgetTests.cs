// SPDX-License-Identifier: MIT
using Edge.Hardware.Budget;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Hardware.Tests.Budget;

public sealed class WritePathBudgetTests
{
    private readonly ITestOutputHelper output;

    public WritePathBudgetTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public void Reference_write_path_figures()
    {
        WritePathResult r = WritePathBudget.Evaluate(ReferenceDesign.WritePath());
        output.WriteLine($"LSB = {r.LsbVolts * 1e3:0.####} mV, read error = {r.ReadVoltsError * 1e6:0.#} uV, edge = {r.EdgeSeconds * 1e6:0.##} us, " +
            $"edge/1ms = {r.ShortestPulseEdgeFraction:P1}, edge/0.8s = {r.NominalPulseEdgeFraction:E2}, peak = {r.PeakCurrentAmps * 1e3:0.##} mA, " +
            $"limit headroom = {r.CurrentLimitHeadroom:0.##}x, device V at 7 V = {r.DeviceVoltsAtPeak:0.###} V");

        // 15 V over 2^16 codes.
        Assert.Equal(15.0 / 65536, r.LsbVolts, 1e-12);
        Assert.True(r.ReadVoltsError <= r.LsbVolts / 2);

        // 7.5 us settling + 7 V at 1.6 V/us = 11.9 us: negligible at 0.8 s, 1.2 % of the 1 ms minimum width.
        Assert.Equal(11.875e-6, r.EdgeSeconds, 1e-12);
        Assert.True(r.NominalPulseEdgeFraction < 1e-4);
        Assert.InRange(r.ShortestPulseEdgeFraction, 0.010, 0.013);

        // 7 V into 409 ohm = 17.1 mA; the 50 mA limit only trips on a fault (shorted cell or bus).
        Assert.InRange(r.PeakCurrentAmps, 17.0e-3, 17.2e-3);
        Assert.True(r.CurrentLimitHeadroom > 2.5);
        Assert.InRange(r.DeviceVoltsAtPeak, 6.8, 6.9);
    }

    [Fact]
    public void A_twelve_bit_DAC_steps_in_millivolts()
    {
        WritePathResult r = WritePathBudget.Evaluate(ReferenceDesign.WritePath() with { DacBits = 12 });
        Assert.True(r.LsbVolts > 3.6e-3);
    }
}
