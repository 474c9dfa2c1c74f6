// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Platform;
using Edge.Shared.Protocol;
using Xunit;

namespace Edge.Firmware.Bench.Tests.Platform;

public sealed class LoopWatchdogTests
{
    [Fact]
    public void Expires_only_after_the_loop_is_silent_longer_than_the_timeout()
    {
        var clock = new SimulatedClock(_ => { });
        var watchdog = new LoopWatchdog(clock, 1000);

        clock.Wait(900);
        Assert.False(watchdog.Expired);
        watchdog.Kick();
        clock.Wait(1000);
        Assert.False(watchdog.Expired);
        clock.Wait(2);
        Assert.True(watchdog.Expired);
        watchdog.Kick();
        Assert.False(watchdog.Expired);
    }

    [Fact]
    public void One_job_step_timeout_covers_the_longest_pulse_and_its_duty_cycle_rest()
    {
        double widthMs = HardLimits.MaxWidthMicroseconds / 1000.0;
        double restMs = widthMs * (100 - HardLimits.DutyCyclePercent) / HardLimits.DutyCyclePercent;

        Assert.True(LoopWatchdog.OneJobStepTimeoutMs >= widthMs + restMs + 1000);
        Assert.True(LoopWatchdog.OneJobStepTimeoutMs < 2 * (widthMs + restMs));
    }
}
