// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>Monotonic time source and pulse timer.</summary>
    /// <remarks>
    /// On the ESP32 this is a hardware timer. On the virtual board, device time is simulated: <see cref="Wait"/> only
    /// advances the counter, so an 0.8 s pulse costs microseconds of wall time.
    /// </remarks>
    public interface IClock
    {
        /// <summary>Milliseconds since boot (monotonic).</summary>
        long NowMs { get; }

        /// <summary>Blocks (or, when simulated, advances time) for <paramref name="durationMs"/> milliseconds.</summary>
        void Wait(double durationMs);
    }
}
