// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Tests.Fakes;

/// <summary>A link clock the test moves by hand (heartbeat timeouts).</summary>
public sealed class FakeLinkClock : IClock
{
    public long NowMs { get; set; }

    public void Wait(double durationMs) => NowMs += (long)durationMs;
}
