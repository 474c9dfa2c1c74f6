// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Firmware.Safety
{
    /// <summary>
    /// Volts to DAC codes with range-checked integers: every code that reaches the DAC is inside [0, 2^bits - 1] and
    /// its voltage inside the hard limit. NaN and infinities are rejected, never clamped.
    /// </summary>
    public sealed class DacCodeMap
    {
        private readonly IDacChannel dac;
        private readonly int maxCode;
        private readonly double voltsPerCode;

        /// <summary>Creates the map for one DAC channel.</summary>
        public DacCodeMap(IDacChannel dac)
        {
            this.dac = dac;
            maxCode = (1 << dac.Bits) - 1;
            voltsPerCode = (dac.MaxVolts - dac.MinVolts) / maxCode;
        }

        /// <summary>The code for 0 V.</summary>
        public int ZeroCode
        {
            get { return dac.ZeroCode; }
        }

        /// <summary>
        /// The nearest code to <paramref name="volts"/>. False (and the zero code) if the value is not finite, beyond
        /// <paramref name="limitVolts"/> in magnitude, or outside the DAC's range.
        /// </summary>
        public bool TryGetCode(double volts, double limitVolts, out int code)
        {
            code = dac.ZeroCode;
            if (double.IsNaN(volts) || double.IsInfinity(volts))
            {
                return false;
            }

            if (volts > limitVolts || volts < -limitVolts)
            {
                return false;
            }

            double position = (volts - dac.MinVolts) / voltsPerCode;
            if (position < -0.5 || position > maxCode + 0.5)
            {
                return false;
            }

            int nearest = (int)(position + 0.5);
            if (nearest < 0 || nearest > maxCode)
            {
                return false;
            }

            // Rounding must never step over the limit: take the neighbouring code toward 0 V instead (the request
            // itself was within the limit, so this moves it by less than one LSB).
            if (CodeToVolts(nearest) > limitVolts)
            {
                nearest--;
            }
            else if (CodeToVolts(nearest) < -limitVolts)
            {
                nearest++;
            }

            code = nearest;
            return true;
        }

        /// <summary>The output voltage a code produces.</summary>
        public double CodeToVolts(int code)
        {
            return dac.MinVolts + (code * voltsPerCode);
        }
    }
}
