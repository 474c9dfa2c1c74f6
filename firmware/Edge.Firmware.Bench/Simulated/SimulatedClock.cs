// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Bench.Simulated;

/// <summary>
/// Device time of the simulated bench: <see cref="Wait"/> lets the board act over the interval (a write pulse moves
/// the connected resistor) and then advances the counter, so an 0.8 s pulse costs microseconds of wall time.
/// </summary>
public sealed class SimulatedClock(Action<double> advance) : IClock
{
    private double nowMs;

    /// <summary>Device time since power-on, ms (fractional).</summary>
    public double ElapsedMs => nowMs;

    /// <inheritdoc/>
    public long NowMs => (long)nowMs;

    /// <inheritdoc/>
    public void Wait(double durationMs)
    {
        if (!(durationMs > 0))
        {
            return;
        }

        advance(durationMs);
        nowMs += durationMs;
    }
}
