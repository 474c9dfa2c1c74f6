// SPDX-License-Identifier: MIT
namespace Edge.Firmware.Hal
{
    /// <summary>One DAC output channel driving the bipolar write/read output stage.</summary>
    /// <remarks>
    /// The controller converts volts to codes itself (range-checked integers, see <c>Safety.DacCodeMap</c>) so that a
    /// driver never sees a value outside the chip's code range. Code 0 of a bipolar stage is not 0 V: use
    /// <see cref="ZeroCode"/> for the SAFE level.
    /// </remarks>
    public interface IDacChannel
    {
        /// <summary>Number of bits of the converter (e.g. 16).</summary>
        int Bits { get; }

        /// <summary>Output voltage at code 0, in volts, after the output stage (e.g. -7.5 V).</summary>
        double MinVolts { get; }

        /// <summary>Output voltage at the full-scale code, in volts, after the output stage (e.g. +7.5 V).</summary>
        double MaxVolts { get; }

        /// <summary>The code that puts 0 V on the output.</summary>
        int ZeroCode { get; }

        /// <summary>Writes a code in [0, 2^Bits - 1]. Implementations may throw on out-of-range codes.</summary>
        void WriteCode(int code);
    }
}
