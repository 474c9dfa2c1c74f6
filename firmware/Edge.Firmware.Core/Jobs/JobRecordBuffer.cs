// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol.Messages;
using Edge.Shared.Protocol;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// The records of the current or last job, preallocated once (the pulse loop must not allocate: nanoFramework's
    /// garbage collector would stretch pulses). The host reads them with JOB_RECORDS, so a lost stream frame costs
    /// nothing but a re-read.
    /// </summary>
    public sealed class JobRecordBuffer
    {
        /// <summary>Records one job can hold (an FFP run of <see cref="HardLimits.MaxPulsesPerCell"/> pulses plus its final read).</summary>
        public const int Capacity = HardLimits.MaxPulsesPerCell + 1;

        private readonly JobRecord[] records = new JobRecord[Capacity];

        /// <summary>Records written.</summary>
        public int Count { get; private set; }

        /// <summary>Forgets all records (a new job starts).</summary>
        public void Clear()
        {
            Count = 0;
        }

        /// <summary>Appends a record; false when full.</summary>
        public bool Add(int index, int level, int millivolts, int pulses, uint resistanceMilliohms, Edge.Shared.Protocol.StatusCode status, byte flags)
        {
            if (Count >= Capacity)
            {
                return false;
            }

            records[Count].Index = (ushort)index;
            records[Count].Level = (ushort)level;
            records[Count].Millivolts = (short)millivolts;
            records[Count].Pulses = (ushort)pulses;
            records[Count].ResistanceMilliohms = resistanceMilliohms;
            records[Count].Status = status;
            records[Count].Flags = flags;
            Count++;
            return true;
        }

        /// <summary>The record at <paramref name="index"/>.</summary>
        public JobRecord Get(int index)
        {
            return records[index];
        }
    }
}
