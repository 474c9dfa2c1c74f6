// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>
    /// What the FFP seek loop needs besides the level program: both directions' saturation law
    /// (<see cref="SeekDirectionTable"/>), the window of the cell they were measured on (used for cells without their
    /// own <see cref="ArrayCorrections"/>), how much of the predicted gap one pulse may close, where the loop stops and
    /// its pulse bound. File kind "ESEK".
    /// </summary>
    public sealed class SeekTable
    {
        /// <summary>Device id the table was calibrated for.</summary>
        public uint DeviceId;

        /// <summary>Calibration run id.</summary>
        public uint CalibrationId;

        /// <summary>LRS of the reference cell after the +6 V initialisation, mOhm.</summary>
        public uint ReferenceLowMilliohms;

        /// <summary>HRS of the reference cell after the -6 V initialisation, mOhm.</summary>
        public uint ReferenceHighMilliohms;

        /// <summary>Largest predicted fraction of the gap to the target one pulse may close, per mille (1..1000).</summary>
        public int AimPermille;

        /// <summary>The loop stops once |R - target| is at most this fraction of the local level spacing, per mille (1..500).</summary>
        public int BandPermille;

        /// <summary>Pulse bound per cell (the board also applies its hard limit).</summary>
        public int MaxPulses;

        /// <summary>Potentiation (R falls).</summary>
        public SeekDirectionTable Potentiation;

        /// <summary>Depression (R rises).</summary>
        public SeekDirectionTable Depression;

        /// <summary>The table of a direction.</summary>
        public SeekDirectionTable For(Direction direction)
        {
            return direction == Direction.Depression ? Depression : Potentiation;
        }
    }
}
