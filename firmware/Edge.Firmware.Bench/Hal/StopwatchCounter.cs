// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Firmware.Platform;

namespace Edge.Firmware.Bench.Hal;

/// <summary>The host's high-resolution timestamp as the core's microsecond counter (pulse timing on real buses).</summary>
public sealed class StopwatchCounter : IMicrosecondCounter
{
    /// <inheritdoc/>
    public long NowMicroseconds => Stopwatch.GetTimestamp() / (Stopwatch.Frequency / 1_000_000);

    /// <inheritdoc/>
    public void Sleep(int milliseconds) => Thread.Sleep(milliseconds);
}
