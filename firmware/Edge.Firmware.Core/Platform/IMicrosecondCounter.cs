// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Platform
{
    /// <summary>
    /// A free-running microsecond counter and a coarse sleep: the ESP32's high-resolution timer and
    /// <c>Thread.Sleep</c>, or the bench host's <c>Stopwatch</c>. <see cref="MicrosecondClock"/> turns them into pulse timing.
    /// </summary>
    public interface IMicrosecondCounter
    {
        /// <summary>Microseconds since an arbitrary origin (monotonic).</summary>
        long NowMicroseconds { get; }

        /// <summary>Yields the CPU for about <paramref name="milliseconds"/> ms (may overshoot by a scheduler tick).</summary>
        void Sleep(int milliseconds);
    }
}
