// SPDX-License-Identifier: MIT
namespace Edge.Shared.Formats
{
    /// <summary>An FFP voltage table file: both directions of one calibrated device (docs/formats.md, "FFP table").</summary>
    public sealed class FfpTable
    {
        /// <summary>Identity of the device the table was calibrated on.</summary>
        public uint DeviceId;

        /// <summary>Identity of the calibration run that produced it.</summary>
        public uint CalibrationId;

        /// <summary>Potentiation table (R falls).</summary>
        public FfpDirectionTable Potentiation;

        /// <summary>Depression table (R rises).</summary>
        public FfpDirectionTable Depression;

        /// <summary>The table of <paramref name="direction"/>.</summary>
        public FfpDirectionTable For(Direction direction)
        {
            return direction == Direction.Potentiation ? Potentiation : Depression;
        }
    }
}
