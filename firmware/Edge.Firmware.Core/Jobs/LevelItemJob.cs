// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// What the PROGRAM_LEVEL modes share: the items (cell, target level) read into fixed arrays before any pulse, and
    /// the walk over them one pulse per <see cref="Step"/>, one record per item. A mode says how an item starts, what
    /// one pulse of it does, and what its record holds.
    /// </summary>
    public abstract class LevelItemJob : PulseJob
    {
        private readonly int[] cells = new int[ProgramLevelRequest.MaxItems];
        private readonly int[] targets = new int[ProgramLevelRequest.MaxItems];
        private int itemCount;
        private int item;
        private bool itemStarted;

        /// <summary>Creates the reusable job.</summary>
        protected LevelItemJob(CellIo io, JobRecordBuffer records)
            : base(io, records)
        {
        }

        /// <inheritdoc/>
        public override int PlannedRecords
        {
            get { return itemCount; }
        }

        /// <summary>The current item's cell.</summary>
        protected int Cell
        {
            get { return cells[item]; }
        }

        /// <summary>The current item's target level.</summary>
        protected int TargetLevel
        {
            get { return targets[item]; }
        }

        /// <inheritdoc/>
        public override bool Step()
        {
            while (item < itemCount)
            {
                if (!itemStarted)
                {
                    itemStarted = true;
                    StatusCode begun = BeginItem();
                    if (begun != StatusCode.Running)
                    {
                        FinishItem(begun);
                        continue;
                    }
                }

                StatusCode status = PulseItem();
                if (status == StatusCode.Running)
                {
                    return true;
                }

                FinishItem(status);
            }

            Result = StatusCode.Ok;
            return false;
        }

        /// <summary>
        /// Reads <paramref name="count"/> items (cell u16 | level u16) of a program with <paramref name="levelCount"/>
        /// levels and starts at the first; Ok or the status that rejects the whole command.
        /// </summary>
        protected StatusCode ReadItems(PayloadReader r, int count, int levelCount)
        {
            StatusCode status = LevelItems.Read(r, count, Io.CellCount, levelCount, cells, targets);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            itemCount = count;
            item = 0;
            itemStarted = false;
            return StatusCode.Ok;
        }

        /// <summary>Prepares the current item: <see cref="StatusCode.Running"/> to pulse it, else how it ended already.</summary>
        protected abstract StatusCode BeginItem();

        /// <summary>One read-then-pulse step of the current item: Running, or how the item ended.</summary>
        protected abstract StatusCode PulseItem();

        /// <summary>Writes record <paramref name="index"/> for the item that ended with <paramref name="status"/>.</summary>
        protected abstract void RecordItem(int index, StatusCode status);

        private void FinishItem(StatusCode status)
        {
            RecordItem(item, status);
            item++;
            itemStarted = false;
        }
    }
}
