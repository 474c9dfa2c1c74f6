// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;
using Edge.Firmware.Safety;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Io
{
    /// <summary>
    /// The only code that touches the analog hardware. Every operation starts and ends in SAFE (DAC at 0 V, every switch
    /// open) and checks the hard limits before any switch closes. Allocation-free: it runs inside the pulse loop.
    /// </summary>
    public sealed class CellIo
    {
        private readonly IDacChannel dac;
        private readonly IAdcChannel adc;
        private readonly ICellSelector selector;
        private readonly IClock clock;
        private readonly DacCodeMap codes;
        private readonly DutyCycleGuard duty;
        private long pulsesApplied;

        /// <summary>Wires the hardware; leaves it in SAFE.</summary>
        public CellIo(IDacChannel dac, IAdcChannel adc, ICellSelector selector, IClock clock)
        {
            this.dac = dac;
            this.adc = adc;
            this.selector = selector;
            this.clock = clock;
            codes = new DacCodeMap(dac);
            duty = new DutyCycleGuard(clock);
            EnterSafe();
        }

        /// <summary>Addressable cells.</summary>
        public int CellCount
        {
            get { return selector.CellCount; }
        }

        /// <summary>Write pulses applied since boot.</summary>
        public long PulsesApplied
        {
            get { return pulsesApplied; }
        }

        /// <summary>The DAC code map (for limit checks and tests).</summary>
        public DacCodeMap Codes
        {
            get { return codes; }
        }

        /// <summary>SAFE: DAC at 0 V first, then every switch open.</summary>
        public void EnterSafe()
        {
            dac.WriteCode(codes.ZeroCode);
            selector.OpenAll();
        }

        /// <summary>Checks a write request against the hard limits without touching hardware.</summary>
        public StatusCode CheckWrite(int cell, int millivolts, uint widthMicroseconds)
        {
            if (cell < 0 || cell >= selector.CellCount)
            {
                return StatusCode.CellOutOfRange;
            }

            int magnitude = millivolts < 0 ? -millivolts : millivolts;
            if (magnitude < HardLimits.MinWriteMillivolts || magnitude > HardLimits.MaxWriteMillivolts)
            {
                return StatusCode.WriteVoltageLimit;
            }

            if (widthMicroseconds < HardLimits.MinWidthMicroseconds || widthMicroseconds > HardLimits.MaxWidthMicroseconds)
            {
                return StatusCode.WidthLimit;
            }

            int code;
            return codes.TryGetCode(millivolts / 1000.0, HardLimits.MaxWriteMillivolts / 1000.0, out code)
                ? StatusCode.Ok
                : StatusCode.WriteVoltageLimit;
        }

        /// <summary>
        /// Applies one write pulse (paper: pulse on T2/T4, T1/T3 grounded). Rests first if the duty-cycle cap demands it.
        /// </summary>
        public StatusCode Pulse(int cell, int millivolts, uint widthMicroseconds)
        {
            StatusCode status = CheckWrite(cell, millivolts, widthMicroseconds);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            int code;
            codes.TryGetCode(millivolts / 1000.0, HardLimits.MaxWriteMillivolts / 1000.0, out code);
            double widthMs = widthMicroseconds / 1000.0;
            duty.WaitBeforePulse();
            selector.Select(cell, CellPath.Write);
            dac.WriteCode(code);
            clock.Wait(widthMs);
            EnterSafe();
            duty.PulseDone(widthMs);
            pulsesApplied++;
            return StatusCode.Ok;
        }

        /// <summary>
        /// Reads a cell (paper: read voltage on T1, T2/T3/T4 grounded, R from I13). The resistance uses the voltage of
        /// the DAC code actually applied, so DAC quantisation does not bias it. Returns
        /// <see cref="StatusCode.AdcSaturated"/> (and 0) when the ADC saturated or the value does not fit.
        /// </summary>
        public StatusCode Read(int cell, int readMillivolts, out uint resistanceMilliohms)
        {
            resistanceMilliohms = 0;
            if (cell < 0 || cell >= selector.CellCount)
            {
                return StatusCode.CellOutOfRange;
            }

            if (readMillivolts == 0)
            {
                readMillivolts = HardLimits.DefaultReadMillivolts;
            }

            if (readMillivolts < HardLimits.MinReadMillivolts || readMillivolts > HardLimits.MaxReadMillivolts)
            {
                return StatusCode.ReadVoltageLimit;
            }

            int code;
            if (!codes.TryGetCode(readMillivolts / 1000.0, HardLimits.MaxReadMillivolts / 1000.0, out code))
            {
                return StatusCode.ReadVoltageLimit;
            }

            selector.Select(cell, CellPath.Read);
            dac.WriteCode(code);
            double currentAmps;
            bool ok = adc.TryReadCurrent(out currentAmps);
            EnterSafe();
            if (!ok || !(currentAmps > 0))
            {
                return StatusCode.AdcSaturated;
            }

            double milliohms = codes.CodeToVolts(code) / currentAmps * 1000.0;
            if (!(milliohms < 4294967295.0))
            {
                return StatusCode.AdcSaturated;
            }

            resistanceMilliohms = (uint)(milliohms + 0.5);
            return StatusCode.Ok;
        }
    }
}
