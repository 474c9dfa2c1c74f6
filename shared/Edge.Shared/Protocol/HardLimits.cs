// SPDX-License-Identifier: MIT
namespace Edge.Shared.Protocol
{
    /// <summary>
    /// Limits compiled into the firmware, the one place every layer asks (controller, table formats, host loops,
    /// device model). The host's checks are a convenience; the controller's are the ones that protect the device.
    /// Requests outside them are rejected with a status code, never clamped.
    /// </summary>
    public static class HardLimits
    {
        /// <summary>|V_write| limit, mV: 7.0 V, the top of the paper's write range (METHOD.md §2).</summary>
        public const int MaxWriteMillivolts = 7000;

        /// <summary><see cref="MaxWriteMillivolts"/> in V, for host loops that work in volts.</summary>
        public const double MaxWriteVolts = MaxWriteMillivolts / 1000.0;

        /// <summary>
        /// Smallest |V_write|, mV: 1 mV, the unit of the wire's and the tables' voltages (docs/formats.md), so only 0 V
        /// is refused; 1 mV is above the DAC's 0.23 mV step (16 bits over +-7.5 V).
        /// </summary>
        public const int MinWriteMillivolts = 1;

        /// <summary>|V_read| limit, mV: 0.2 V keeps a read from moving oxygen vacancies (reads are at 0.1 V).</summary>
        public const int MaxReadMillivolts = 200;

        /// <summary>Smallest read voltage, mV: below it the 10 nA resolution is not an ohm-level resolution.</summary>
        public const int MinReadMillivolts = 10;

        /// <summary>The read voltage used when a command asks for the default (0), mV (paper: 0.1 V).</summary>
        public const int DefaultReadMillivolts = 100;

        /// <summary>Shortest pulse, us: 1 ms, so the ~12 us output-stage edges stay near 1 % of the pulse (hardware/README.md).</summary>
        public const uint MinWidthMicroseconds = 1000;

        /// <summary>Longest pulse, us (5 s; the paper's sweeps use 2 s).</summary>
        public const uint MaxWidthMicroseconds = 5000000;

        /// <summary>Most write pulses one command may apply to one cell (a full FFP sweep is ~500-600).</summary>
        public const int MaxPulsesPerCell = 2048;

        /// <summary>
        /// Duty-cycle cap, percent: after a pulse of width w the controller rests at least w (100 - d) / d before the
        /// next one, so Joule heating (paper: overshoot at high voltage) cannot accumulate.
        /// </summary>
        public const int DutyCyclePercent = 75;

        /// <summary>A running job with no frame from the host for this long stops and goes to SAFE, ms.</summary>
        public const int HeartbeatTimeoutMs = 3000;
    }
}
