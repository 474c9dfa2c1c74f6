// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>
/// Real time, for the link's heartbeat watchdog on the virtual board: heartbeats come from a host living in wall time
/// even though the device lives in simulated time.
/// </summary>
public sealed class WallClock : IClock
{
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();

    /// <inheritdoc/>
    public long NowMs => stopwatch.ElapsedMilliseconds;

    /// <inheritdoc/>
    public void Wait(double durationMs) => Thread.Sleep(TimeSpan.FromMilliseconds(durationMs));
}
