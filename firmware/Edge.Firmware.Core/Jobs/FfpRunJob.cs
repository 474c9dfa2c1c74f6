// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// The feedforward pulse loop (paper Fig. 3): read R, look up Vw(R) in the stored table of the direction, apply one
    /// pulse of the table's width, repeat until R passes the table's stop bound or the pulse limit. No verify, no retry:
    /// the voltage is decided before the pulse. One record per pulse event, plus a final record (0 mV) with the last R.
    /// </summary>
    public sealed class FfpRunJob : PulseJob
    {
        private FfpDirectionTable table;
        private int cell;
        private int maxPulses;

        /// <summary>Creates the reusable job.</summary>
        public FfpRunJob(CellIo io, JobRecordBuffer records)
            : base(io, records)
        {
        }

        /// <inheritdoc/>
        public override int PlannedRecords
        {
            get { return maxPulses + 1; }
        }

        /// <summary>Validates and arms the job.</summary>
        public StatusCode Start(FfpDirectionTable directionTable, int cellIndex, int pulseLimit)
        {
            if (directionTable == null)
            {
                return StatusCode.NoTable;
            }

            if (cellIndex < 0 || cellIndex >= Io.CellCount)
            {
                return StatusCode.CellOutOfRange;
            }

            if (pulseLimit < 1 || pulseLimit > HardLimits.MaxPulsesPerCell)
            {
                return StatusCode.PulseCountLimit;
            }

            table = directionTable;
            cell = cellIndex;
            maxPulses = pulseLimit;
            return Arm();
        }

        /// <inheritdoc/>
        public override bool Step()
        {
            int done = Applied;
            uint milliohms;
            StatusCode read = Io.Read(cell, 0, out milliohms);
            if (read != StatusCode.Ok)
            {
                Records.Add(done, 0, 0, 0, milliohms, read, 1);
                Result = read;
                return false;
            }

            if (table.ReachedStop(milliohms) || done >= maxPulses)
            {
                Records.Add(done, 0, 0, 0, milliohms, StatusCode.Ok, 0);
                Result = done >= maxPulses && !table.ReachedStop(milliohms) ? StatusCode.PulseCountLimit : StatusCode.Ok;
                return false;
            }

            int millivolts = table.LookupMillivolts(milliohms);
            StatusCode status = Io.Pulse(cell, millivolts, table.PulseWidthMicroseconds);
            Records.Add(done, 0, millivolts, status == StatusCode.Ok ? 1 : 0, milliohms, status, 0);
            if (status != StatusCode.Ok)
            {
                Result = status;
                return false;
            }

            Applied++;
            return true;
        }
    }
}
