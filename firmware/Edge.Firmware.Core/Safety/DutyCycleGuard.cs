// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Safety
{
    /// <summary>
    /// Enforces <see cref="HardLimits.DutyCyclePercent"/> by resting before a pulse until the previous pulse's
    /// cool-down has passed. The requested pulse is applied exactly as asked, only later: nothing is clamped.
    /// </summary>
    public sealed class DutyCycleGuard
    {
        private readonly IClock clock;
        private long earliestNextPulseMs;
        private double restedMs;

        /// <summary>Creates the guard on the device clock.</summary>
        public DutyCycleGuard(IClock clock)
        {
            this.clock = clock;
        }

        /// <summary>Total rest inserted since boot, ms (device time the duty cycle cost).</summary>
        public double RestedMs
        {
            get { return restedMs; }
        }

        /// <summary>Waits until a pulse may start.</summary>
        public void WaitBeforePulse()
        {
            long wait = earliestNextPulseMs - clock.NowMs;
            if (wait > 0)
            {
                restedMs += wait;
                clock.Wait(wait);
            }
        }

        /// <summary>Records a finished pulse of <paramref name="widthMs"/>.</summary>
        public void PulseDone(double widthMs)
        {
            double restMs = widthMs * (100 - HardLimits.DutyCyclePercent) / HardLimits.DutyCyclePercent;
            earliestNextPulseMs = clock.NowMs + (long)(restMs + 0.5);
        }
    }
}
