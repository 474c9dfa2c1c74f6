// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// What every job shares: the cell I/O it pulses through, the record buffer it fills, how it ended and how many
    /// write pulses it applied. One instance per job kind is built at boot and re-armed per command, so the pulse
    /// loop allocates nothing.
    /// </summary>
    public abstract class PulseJob : IJob
    {
        /// <summary>Creates the reusable job.</summary>
        protected PulseJob(CellIo io, JobRecordBuffer records)
        {
            Io = io;
            Records = records;
        }

        /// <inheritdoc/>
        public StatusCode Result { get; protected set; }

        /// <inheritdoc/>
        public int Pulses
        {
            get { return Applied; }
        }

        /// <inheritdoc/>
        public abstract int PlannedRecords { get; }

        /// <summary>The cell I/O (hard limits, SAFE between pulses).</summary>
        protected CellIo Io { get; private set; }

        /// <summary>Where the job's records go.</summary>
        protected JobRecordBuffer Records { get; private set; }

        /// <summary>Write pulses applied since <see cref="Arm"/>.</summary>
        protected int Applied { get; set; }

        /// <inheritdoc/>
        public abstract bool Step();

        /// <summary>Starts a new run: no pulses, no records, running.</summary>
        protected StatusCode Arm()
        {
            Applied = 0;
            Records.Clear();
            Result = StatusCode.Running;
            return StatusCode.Ok;
        }
    }
}
