// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>
    /// The saturation law of one direction at one pulse width, per write voltage (docs/programming.md, "FFP seek"): a
    /// pulse of voltage V moves the normalised state x = (R - LRS) / (HRS - LRS) a fraction 1 - exp(-q(V)) of the way
    /// toward its bound b(V) (paper Fig. 2a: identical pulses saturate at a voltage-dependent bound). The controller
    /// predicts the step of every voltage from the cell's read and picks one before the pulse.
    /// </summary>
    public sealed class SeekDirectionTable
    {
        /// <summary>Parts per million of the window: the unit of <see cref="BoundPpm"/>.</summary>
        public const int PartsPerMillion = 1000000;

        /// <summary>The unit of <see cref="RateMicro"/>: q x 10^6.</summary>
        public const double RateScale = 1000000.0;

        /// <summary>Which direction this table drives.</summary>
        public Direction Direction;

        /// <summary>Width of every pulse, us (the width the rates were measured at).</summary>
        public uint PulseWidthMicroseconds;

        /// <summary>Write voltage magnitudes, mV, strictly increasing.</summary>
        public ushort[] WriteMillivolts;

        /// <summary>Saturation bound of each voltage in the normalised window, ppm (0 = LRS, 10^6 = HRS; may lie outside).</summary>
        public int[] BoundPpm;

        /// <summary>Rate q = -ln(1 - fraction closed per pulse) of each voltage, x 10^6.</summary>
        public uint[] RateMicro;

        /// <summary>Number of voltages.</summary>
        public int Count
        {
            get { return WriteMillivolts == null ? 0 : WriteMillivolts.Length; }
        }

        /// <summary>+1 when this direction raises x (depression raises R), -1 when it lowers it.</summary>
        public int Sign
        {
            get { return Direction == Direction.Depression ? 1 : -1; }
        }
    }
}
