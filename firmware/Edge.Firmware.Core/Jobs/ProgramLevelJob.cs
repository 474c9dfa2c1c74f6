// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// Steps cells to target levels with the stored level program, open loop. Per item: one read to find the level the
    /// cell is at, then the program's pulse groups from there to the target, one pulse per <see cref="Step"/>. A cell at
    /// or past its target gets no pulse, so a batch re-sent after a lost link never programs a cell twice.
    /// </summary>
    public sealed class ProgramLevelJob : IJob
    {
        private readonly CellIo io;
        private readonly JobRecordBuffer records;
        private readonly int[] cells = new int[ProgramLevelRequest.MaxItems];
        private readonly int[] targets = new int[ProgramLevelRequest.MaxItems];
        private LevelProgram program;
        private int itemCount;
        private int item;
        private bool itemStarted;
        private int nextPulse;
        private int endPulse;
        private int startLevel;
        private uint startMilliohms;
        private int itemPulses;
        private int pulses;

        /// <summary>Creates the reusable job.</summary>
        public ProgramLevelJob(CellIo io, JobRecordBuffer records)
        {
            this.io = io;
            this.records = records;
        }

        /// <inheritdoc/>
        public StatusCode Result { get; private set; }

        /// <inheritdoc/>
        public int Pulses
        {
            get { return pulses; }
        }

        /// <inheritdoc/>
        public int PlannedRecords
        {
            get { return itemCount; }
        }

        /// <summary>
        /// Parses the items of a PROGRAM_LEVEL payload and arms the job. Every item is checked before any pulse: a bad
        /// cell or level rejects the whole command.
        /// </summary>
        public StatusCode Start(LevelProgram levelProgram, PayloadReader r, int count)
        {
            if (levelProgram == null)
            {
                return StatusCode.NoTable;
            }

            if (count < 1 || count > ProgramLevelRequest.MaxItems)
            {
                return StatusCode.BadPayload;
            }

            for (int i = 0; i < count; i++)
            {
                cells[i] = r.U16();
                targets[i] = r.U16();
            }

            if (!r.CompletedExactly)
            {
                return StatusCode.BadPayload;
            }

            for (int i = 0; i < count; i++)
            {
                if (cells[i] >= io.CellCount)
                {
                    return StatusCode.CellOutOfRange;
                }

                if (targets[i] >= levelProgram.LevelCount)
                {
                    return StatusCode.LevelOutOfRange;
                }
            }

            program = levelProgram;
            itemCount = count;
            item = 0;
            itemStarted = false;
            pulses = 0;
            records.Clear();
            Result = StatusCode.Running;
            return StatusCode.Ok;
        }

        /// <inheritdoc/>
        public bool Step()
        {
            while (item < itemCount)
            {
                if (!itemStarted)
                {
                    StatusCode begun = BeginItem();
                    if (begun != StatusCode.Ok)
                    {
                        FinishItem(begun);
                        continue;
                    }
                }

                if (nextPulse >= endPulse)
                {
                    FinishItem(StatusCode.Ok);
                    continue;
                }

                StatusCode status = io.Pulse(cells[item], program.SignedMillivolts(nextPulse), program.PulseWidthMicroseconds);
                if (status != StatusCode.Ok)
                {
                    FinishItem(status);
                    continue;
                }

                nextPulse++;
                itemPulses++;
                pulses++;
                return true;
            }

            Result = StatusCode.Ok;
            return false;
        }

        private StatusCode BeginItem()
        {
            itemStarted = true;
            itemPulses = 0;
            StatusCode read = io.Read(cells[item], 0, out startMilliohms);
            startLevel = 0;
            nextPulse = 0;
            endPulse = 0;
            if (read != StatusCode.Ok)
            {
                return read;
            }

            startLevel = program.LevelAt(startMilliohms);
            int target = targets[item];
            if (startLevel >= target)
            {
                return StatusCode.Ok; // already there (or past it): open loop never goes back
            }

            nextPulse = program.GroupStart(startLevel);
            endPulse = program.GroupStart(target);
            return endPulse - nextPulse > Safety.HardLimits.MaxPulsesPerCell ? StatusCode.PulseCountLimit : StatusCode.Ok;
        }

        private void FinishItem(StatusCode status)
        {
            records.Add(item, startLevel, 0, itemPulses, startMilliohms, status, 0);
            item++;
            itemStarted = false;
        }
    }
}
