// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>
/// Device time of the virtual board: <see cref="Wait"/> advances a counter and lets the analog front end act over
/// that interval, so an 0.8 s pulse costs microseconds of wall time.
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
    }
}
