// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Platform
{
    /// <summary>
    /// Detects a stalled controller loop. The loop kicks it after every <c>BoardController.Poll</c>; a second thread
    /// (a timer on the ESP32) asks <see cref="Expired"/> and, when the loop has been silent too long, forces the hardware
    /// to SAFE by a path that does not need the stuck code (the DAC's CLEAR pin, every EN low) and reboots.
    /// </summary>
    public sealed class LoopWatchdog
    {
        private readonly IClock clock;
        private readonly long timeoutMs;
        private readonly object gate = new object();
        private long lastKickMs;

        /// <summary>Creates the watchdog, kicked now.</summary>
        public LoopWatchdog(IClock clock, long timeoutMs)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (timeoutMs < 1)
            {
                throw new ArgumentOutOfRangeException("timeoutMs");
            }

            this.clock = clock;
            this.timeoutMs = timeoutMs;
            lastKickMs = clock.NowMs;
        }

        /// <summary>
        /// The longest a healthy <c>Poll(1)</c> can take, plus 2 s margin: the longest pulse the hard limits allow and
        /// the duty-cycle rest before it (w (100 - d) / d), with reads and link traffic inside the margin.
        /// </summary>
        public static long OneJobStepTimeoutMs
        {
            get
            {
                long widthMs = HardLimits.MaxWidthMicroseconds / 1000;
                long restMs = widthMs * (100 - HardLimits.DutyCyclePercent) / HardLimits.DutyCyclePercent;
                return widthMs + restMs + 2000;
            }
        }

        /// <summary>The stall limit, ms.</summary>
        public long TimeoutMs
        {
            get { return timeoutMs; }
        }

        /// <summary>True when the loop has not kicked for longer than the timeout.</summary>
        public bool Expired
        {
            get
            {
                lock (gate)
                {
                    return clock.NowMs - lastKickMs > timeoutMs;
                }
            }
        }

        /// <summary>The loop is alive.</summary>
        public void Kick()
        {
            lock (gate)
            {
                lastKickMs = clock.NowMs;
            }
        }
    }
}
