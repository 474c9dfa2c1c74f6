// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// A long command that runs one pulse per <see cref="Step"/>, so the controller can read the link, honour ABORT
    /// and check heartbeats between any two pulses.
    /// </summary>
    public interface IJob
    {
        /// <summary>Runs at most one write pulse (plus its reads); false when the job has finished.</summary>
        bool Step();

        /// <summary>How the job ended (<see cref="StatusCode.Running"/> while it runs).</summary>
        StatusCode Result { get; }

        /// <summary>Write pulses applied so far.</summary>
        int Pulses { get; }

        /// <summary>Upper bound of the records this job produces.</summary>
        int PlannedRecords { get; }
    }
}
