// SPDX-License-Identifier: MIT
using Edge.Firmware.Tests.Controller;
using Edge.Firmware.Tests.Fakes;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Firmware.Tests.Jobs;

public sealed class PulseLoopAllocationTests
{
    [Fact]
    public void A_long_ffp_run_allocates_nothing_in_the_pulse_loop()
    {
        // nanoFramework's garbage collector would stretch pulses, so the loop must not allocate: measured on desktop
        // .NET with the per-thread allocation counter around 2,000 pulses (reads, lookups, pulses, records, streaming).
        var h = new ControllerHarness();
        BoardControllerTests.Upload(h, SampleTables.Set(1, potentiationMillivolts: 100));
        h.Analog.OhmsPerVolt = 0.0001; // tiny steps so the run lasts the full pulse limit
        var start = h.Send(MessageType.FfpRun, BoardControllerTests.FfpPayload(Direction.Potentiation, 0, 2048));
        Assert.Equal(StatusCode.Ok, start.Header.Status);
        h.Controller.Poll(60); // warm-up: JIT, first-use statics and three record frames (one streams every 17 pulses)

        // Three windows of 650 pulses: an allocation in the loop, as rare as one per 650 pulses, shows in every window.
        // The desktop runtime itself may allocate a few kB on the thread now and then (swapping in optimised code while
        // other tests run in parallel); that is not the firmware's and lands in one window at most.
        var allocated = new long[3];
        for (int w = 0; w < allocated.Length; w++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            h.Controller.Poll(650);
            allocated[w] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(2010, h.Analog.PulsesPerCell[0]);
        Assert.True(allocated.Count(bytes => bytes == 0) >= 2, $"bytes allocated per 650-pulse window: {string.Join(", ", allocated)}");
    }
}
