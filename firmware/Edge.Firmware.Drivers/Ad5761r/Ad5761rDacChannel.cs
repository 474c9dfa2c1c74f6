// SPDX-License-Identifier: MIT
using System;
using Edge.Firmware.Hal;

namespace Edge.Firmware.Drivers.Ad5761r
{
    /// <summary>
    /// The controller's DAC channel on an AD5761R followed by a non-inverting output stage of gain
    /// <c>stageGain</c> (reference board: +-3 V range x 2.5 = -7.5 V .. +7.5 V). Volts are at the stage output.
    /// </summary>
    public sealed class Ad5761rDacChannel : IDacChannel
    {
        private readonly Ad5761r dac;
        private readonly double minVolts;
        private readonly double maxVolts;
        private readonly int zeroCode;

        /// <summary>Creates the channel. <paramref name="stageGain"/> is the output stage's voltage gain (V/V, &gt; 0).</summary>
        public Ad5761rDacChannel(Ad5761r dac, OutputRange range, double referenceVolts, double stageGain)
        {
            if (dac == null)
            {
                throw new ArgumentNullException("dac");
            }

            if (!(stageGain > 0) || !(referenceVolts > 0))
            {
                throw new ArgumentException("stageGain and referenceVolts must be positive");
            }

            this.dac = dac;
            minVolts = stageGain * RangeScale.MinVolts(range, referenceVolts);
            maxVolts = stageGain * RangeScale.CodeToVolts(range, referenceVolts, Ad5761r.MaxCode);
            zeroCode = RangeScale.ZeroCode(range);
        }

        /// <inheritdoc/>
        public int Bits
        {
            get { return Ad5761r.Bits; }
        }

        /// <inheritdoc/>
        public double MinVolts
        {
            get { return minVolts; }
        }

        /// <inheritdoc/>
        public double MaxVolts
        {
            get { return maxVolts; }
        }

        /// <inheritdoc/>
        public int ZeroCode
        {
            get { return zeroCode; }
        }

        /// <inheritdoc/>
        public void WriteCode(int code)
        {
            dac.WriteCode(code);
        }
    }
}
