// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Ads1262
{
    /// <summary>
    /// The controller's read-current channel: a transimpedance stage (gain <c>senseVoltsPerAmp</c>, negative for the
    /// reference board's inverting TIA) into an ADS1262. One <see cref="TryReadCurrent"/> is one averaged read:
    /// <c>averageCount</c> settled conversions (hardware/README.md, read budget).
    /// </summary>
    public sealed class Ads1262CurrentChannel : IAdcChannel
    {
        private readonly Ads1262 adc;
        private readonly double referenceVolts;
        private readonly double senseVoltsPerAmp;
        private readonly int averageCount;
        private readonly double saturationVolts;
        private readonly IGpioPin currentLimitFlag;
        private readonly bool currentLimitActiveHigh;

        /// <summary>
        /// Creates the channel. A conversion at or beyond <paramref name="saturationFraction"/> of full scale counts as
        /// saturated. <paramref name="currentLimitFlag"/> (may be null) is the output stage's current-limit flag input,
        /// tripped when it reads <paramref name="currentLimitActiveHigh"/>.
        /// </summary>
        public Ads1262CurrentChannel(
            Ads1262 adc,
            double referenceVolts,
            double senseVoltsPerAmp,
            int averageCount,
            double saturationFraction,
            IGpioPin currentLimitFlag,
            bool currentLimitActiveHigh)
        {
            if (adc == null)
            {
                throw new ArgumentNullException("adc");
            }

            if (!(referenceVolts > 0) || senseVoltsPerAmp == 0 || double.IsNaN(senseVoltsPerAmp))
            {
                throw new ArgumentException("referenceVolts must be positive and senseVoltsPerAmp non-zero");
            }

            if (averageCount < 1 || !(saturationFraction > 0 && saturationFraction <= 1))
            {
                throw new ArgumentOutOfRangeException(averageCount < 1 ? "averageCount" : "saturationFraction");
            }

            this.adc = adc;
            this.referenceVolts = referenceVolts;
            this.senseVoltsPerAmp = senseVoltsPerAmp;
            this.averageCount = averageCount;
            saturationVolts = saturationFraction * referenceVolts;
            this.currentLimitFlag = currentLimitFlag;
            this.currentLimitActiveHigh = currentLimitActiveHigh;
        }

        /// <summary>Conversions averaged per read.</summary>
        public int AverageCount
        {
            get { return averageCount; }
        }

        /// <inheritdoc/>
        public bool TryReadCurrent(out double currentAmps)
        {
            currentAmps = 0;
            double sumVolts = 0;
            bool valid = true;
            adc.StartConversions();
            for (int i = 0; i < averageCount && valid; i++)
            {
                int code;
                byte status;
                if (!adc.TryReadConversion(out code, out status))
                {
                    valid = false;
                    break;
                }

                double volts = Ads1262.CodeToVolts(code, referenceVolts);
                if (volts >= saturationVolts || volts <= -saturationVolts)
                {
                    valid = false;
                }

                sumVolts += volts;
            }

            adc.StopConversions();
            if (currentLimitFlag != null && currentLimitFlag.Read() == currentLimitActiveHigh)
            {
                valid = false;
            }

            if (!valid)
            {
                return false;
            }

            currentAmps = sumVolts / averageCount / senseVoltsPerAmp;
            return true;
        }
    }
}
