// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Platform
{
    /// <summary>
    /// The device clock on real hardware. A write pulse lasts exactly as long as <see cref="Wait"/> blocks (CellIo sets
    /// the DAC, waits, then returns to SAFE), so the wait sleeps only while more than <c>spinMicroseconds</c> remain and
    /// spins on the microsecond counter for the rest: a late scheduler tick may not stretch the pulse, and it never ends
    /// early.
    /// </summary>
    public sealed class MicrosecondClock : IClock
    {
        private readonly IMicrosecondCounter counter;
        private readonly long spinMicroseconds;
        private readonly long originMicroseconds;

        /// <summary>
        /// Creates the clock at t = 0. <paramref name="spinMicroseconds"/> is the tail of every wait that is spun rather
        /// than slept: at least the sleep's worst overshoot (one scheduler tick plus margin).
        /// </summary>
        public MicrosecondClock(IMicrosecondCounter counter, int spinMicroseconds)
        {
            if (counter == null)
            {
                throw new ArgumentNullException("counter");
            }

            if (spinMicroseconds < 0)
            {
                throw new ArgumentOutOfRangeException("spinMicroseconds");
            }

            this.counter = counter;
            this.spinMicroseconds = spinMicroseconds;
            originMicroseconds = counter.NowMicroseconds;
        }

        /// <summary>Microseconds since the clock was created.</summary>
        public long NowMicroseconds
        {
            get { return counter.NowMicroseconds - originMicroseconds; }
        }

        /// <inheritdoc/>
        public long NowMs
        {
            get { return NowMicroseconds / 1000; }
        }

        /// <inheritdoc/>
        public void Wait(double durationMs)
        {
            if (!(durationMs > 0))
            {
                return;
            }

            long deadline = counter.NowMicroseconds + (long)((durationMs * 1000.0) + 0.5);
            while (true)
            {
                long remaining = deadline - counter.NowMicroseconds;
                if (remaining <= 0)
                {
                    return;
                }

                if (remaining > spinMicroseconds + 1000)
                {
                    counter.Sleep((int)((remaining - spinMicroseconds) / 1000));
                }
            }
        }
    }
}
