// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using Edge.Hardware.Device;
using Xunit;
using Xunit.Abstractions;

namespace Edge.Hardware.Tests.Device;

/// <summary>The virtual board needs >= 1 M pulse events per second: ApplyPulse must not allocate. Timing is only printed.</summary>
public sealed class PulseCostTests
{
    private readonly ITestOutputHelper output;

    public PulseCostTests(ITestOutputHelper output) => this.output = output;

    private static void Drive(MemristorArray array, int pulses)
    {
        // An FFP-like mix: many distinct voltages, both polarities, two widths, cells visited in turn.
        for (int i = 0; i < pulses; i++)
        {
            double volts = 0.3 + ((i * 0.37) % 6.7);
            array[i % array.Count].ApplyPulse((i & 64) == 0 ? volts : -volts, (i & 1024) == 0 ? 800 : 2000);
        }
    }

    [Fact]
    public void Applying_pulses_allocates_nothing()
    {
        var array = new MemristorArray(DeviceParameters.Paper, 16);
        Drive(array, 10_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Drive(array, 100_000);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
    }

    [Fact]
    public void A_million_pulses_keep_every_cell_in_its_physical_range()
    {
        var array = new MemristorArray(DeviceParameters.Paper, 64);
        Drive(array, 10_000);
        var clock = Stopwatch.StartNew();
        Drive(array, 1_000_000);
        clock.Stop();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds * 1e6 / 1_000_000:F1} ns per pulse (not asserted)"));
        for (int index = 0; index < array.Count; index++)
        {
            MemristorCell cell = array[index];
            double window = cell.HrsOhm - cell.LrsOhm;
            Assert.InRange(cell.ResistanceOhms, cell.LrsOhm - (0.1 * window), cell.HrsOhm + (0.1 * window));
        }
    }
}
