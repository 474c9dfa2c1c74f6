// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Jobs
{
    /// <summary>Identical pulses with a read after each (paper Fig. 2a characterisation). One record per pulse.</summary>
    public sealed class SweepJob : PulseJob
    {
        private int cell;
        private int millivolts;
        private uint widthMicroseconds;
        private int count;

        /// <summary>Creates the reusable job.</summary>
        public SweepJob(CellIo io, JobRecordBuffer records)
            : base(io, records)
        {
        }

        /// <inheritdoc/>
        public override int PlannedRecords
        {
            get { return count; }
        }

        /// <summary>Validates and arms the job; nothing is pulsed here.</summary>
        public StatusCode Start(int cellIndex, int writeMillivolts, uint width, int pulses)
        {
            if (pulses < 1 || pulses > HardLimits.MaxPulsesPerCell)
            {
                return StatusCode.PulseCountLimit;
            }

            StatusCode status = Io.CheckWrite(cellIndex, writeMillivolts, width);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            cell = cellIndex;
            millivolts = writeMillivolts;
            widthMicroseconds = width;
            count = pulses;
            return Arm();
        }

        /// <inheritdoc/>
        public override bool Step()
        {
            if (Applied >= count)
            {
                Result = StatusCode.Ok;
                return false;
            }

            StatusCode status = Io.Pulse(cell, millivolts, widthMicroseconds);
            if (status != StatusCode.Ok)
            {
                Result = status;
                return false;
            }

            uint milliohms;
            StatusCode read = Io.Read(cell, 0, out milliohms);
            Records.Add(Applied, 0, millivolts, 1, milliohms, read, read == StatusCode.AdcSaturated ? (byte)1 : (byte)0);
            Applied++;
            if (Applied < count)
            {
                return true;
            }

            Result = StatusCode.Ok;
            return false;
        }
    }
}
