// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>
/// Device time of the virtual board: <see cref="Wait"/> advances a counter and lets the analog front end act over
/// that interval, so an 0.8 s pulse costs microseconds of wall time. With a <see cref="TimeScale"/> the wait also
/// takes that fraction of its length in wall time, so a host over a real link sees jobs run and heartbeats matter.
/// </summary>
public sealed class SimulatedClock : IClock
{
    private readonly AnalogFrontEnd analog;
    private double nowMs;

    /// <summary>Creates a clock at t = 0 driving <paramref name="analog"/>.</summary>
    public SimulatedClock(AnalogFrontEnd analog)
    {
        this.analog = analog;
    }

    /// <summary>Wall seconds per device second (1 = real time); 0, the default, is pure simulated time.</summary>
    public double TimeScale { get; set; }

    /// <summary>Device time since power-on, ms (fractional).</summary>
    public double ElapsedMs => nowMs;

    /// <inheritdoc/>
    public long NowMs => (long)nowMs;

    /// <inheritdoc/>
    public void Wait(double durationMs)
    {
        if (durationMs <= 0)
        {
            return;
        }

        analog.Advance(durationMs);
        nowMs += durationMs;
        if (TimeScale > 0)
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(durationMs * TimeScale));
        }
    }
}
