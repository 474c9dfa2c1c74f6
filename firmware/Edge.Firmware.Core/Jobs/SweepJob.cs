// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Jobs
{
    /// <summary>Identical pulses with a read after each (paper Fig. 2a characterisation). One record per pulse.</summary>
    public sealed class SweepJob : IJob
    {
        private readonly CellIo io;
        private readonly JobRecordBuffer records;
        private int cell;
        private int millivolts;
        private uint widthMicroseconds;
        private int count;
        private int done;

        /// <summary>Creates the reusable job.</summary>
        public SweepJob(CellIo io, JobRecordBuffer records)
        {
            this.io = io;
            this.records = records;
        }

        /// <inheritdoc/>
        public StatusCode Result { get; private set; }

        /// <inheritdoc/>
        public int Pulses
        {
            get { return done; }
        }

        /// <inheritdoc/>
        public int PlannedRecords
        {
            get { return count; }
        }

        /// <summary>Validates and arms the job; nothing is pulsed here.</summary>
        public StatusCode Start(int cellIndex, int writeMillivolts, uint width, int pulses)
        {
            if (pulses < 1 || pulses > Safety.HardLimits.MaxPulsesPerCell)
            {
                return StatusCode.PulseCountLimit;
            }

            StatusCode status = io.CheckWrite(cellIndex, writeMillivolts, width);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            cell = cellIndex;
            millivolts = writeMillivolts;
            widthMicroseconds = width;
            count = pulses;
            done = 0;
            records.Clear();
            Result = StatusCode.Running;
            return StatusCode.Ok;
        }

        /// <inheritdoc/>
        public bool Step()
        {
            if (done >= count)
            {
                Result = StatusCode.Ok;
                return false;
            }

            StatusCode status = io.Pulse(cell, millivolts, widthMicroseconds);
            if (status != StatusCode.Ok)
            {
                Result = status;
                return false;
            }

            uint milliohms;
            StatusCode read = io.Read(cell, 0, out milliohms);
            records.Add(done, 0, millivolts, 1, milliohms, read, read == StatusCode.AdcSaturated ? (byte)1 : (byte)0);
            done++;
            if (done < count)
            {
                return true;
            }

            Result = StatusCode.Ok;
            return false;
        }
    }
}
