// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// PROGRAM_LEVEL in seek mode: drives each cell to its level's target resistance with voltages chosen before every
    /// pulse from the stored <see cref="SeekTable"/> and the cell's stored <see cref="ArrayCorrections"/> (docs/programming.md,
    /// "FFP seek"). Per pulse: read R; stop when |R - target| is within the table's band of the local level spacing
    /// (confirmed by the mean of that read and a second one);
    /// else map R through the cell's window, take the direction that approaches the target (the opposite direction's
    /// table after an overshoot) and apply the voltage <see cref="SeekPlanner"/> picks. The read never changes a
    /// voltage after the fact: it only says where the cell is. Bounded by the table's pulse bound and the board's hard
    /// limit; a cell already within the band gets no pulse, so a re-sent batch never programs a cell twice. One record
    /// per item: start level, last voltage, pulses, last read, status. Allocates nothing per pulse.
    /// </summary>
    public sealed class FfpSeekJob : LevelItemJob
    {
        private LevelProgram program;
        private SeekTable seek;
        private ArrayCorrections array;
        private int pulseBudget;
        private int itemPulses;
        private int startLevel;
        private int lastMillivolts;
        private uint lastMilliohms;
        private uint targetMilliohms;
        private uint bandMilliohms;
        private double lowOhms;
        private double windowOhms;

        /// <summary>Creates the reusable job.</summary>
        public FfpSeekJob(CellIo io, JobRecordBuffer records)
            : base(io, records)
        {
        }

        /// <summary>Parses the items (cell u16 | level u16) and arms the job; a bad item rejects the whole command.</summary>
        public StatusCode Start(LevelProgram levelProgram, SeekTable seekTable, ArrayCorrections corrections, PayloadReader r, int count)
        {
            if (levelProgram == null || seekTable == null)
            {
                return StatusCode.NoTable;
            }

            StatusCode items = ReadItems(r, count, levelProgram.LevelCount);
            if (items != StatusCode.Ok)
            {
                return items;
            }

            program = levelProgram;
            seek = seekTable;
            array = corrections;
            pulseBudget = seekTable.MaxPulses < HardLimits.MaxPulsesPerCell ? seekTable.MaxPulses : HardLimits.MaxPulsesPerCell;
            return Arm();
        }

        /// <inheritdoc/>
        protected override void RecordItem(int index, StatusCode status)
        {
            Records.Add(index, startLevel, lastMillivolts, itemPulses, lastMilliohms, status, 0);
        }

        /// <inheritdoc/>
        protected override StatusCode BeginItem()
        {
            itemPulses = 0;
            lastMillivolts = 0;
            startLevel = -1;
            int cell = Cell;
            int level = TargetLevel;
            targetMilliohms = program.TargetsMilliohms[level];
            bandMilliohms = (uint)(((ulong)LevelSpacing(level) * (ulong)seek.BandPermille) / 1000);
            uint low = seek.ReferenceLowMilliohms;
            uint high = seek.ReferenceHighMilliohms;
            if (array != null && cell < array.CellCount)
            {
                low = array.LowMilliohms[cell];
                high = array.HighMilliohms[cell];
            }

            lowOhms = low / 1000.0;
            windowOhms = (high - low) / 1000.0;
            return StatusCode.Running; // the seek loop's first read decides whether the cell needs a pulse
        }

        /// <inheritdoc/>
        protected override StatusCode PulseItem()
        {
            int cell = Cell;
            StatusCode read = Io.Read(cell, 0, out lastMilliohms);
            if (read != StatusCode.Ok)
            {
                return read;
            }

            if (startLevel < 0)
            {
                startLevel = program.LevelAt(lastMilliohms);
            }

            if (Miss(lastMilliohms) <= bandMilliohms)
            {
                // A read inside the band is confirmed by a second one (their mean halves the read-noise variance): the
                // loop stops only when the mean is inside too, else it goes on from the mean.
                uint again;
                read = Io.Read(cell, 0, out again);
                if (read != StatusCode.Ok)
                {
                    return read;
                }

                lastMilliohms = (uint)(((ulong)lastMilliohms + again + 1) / 2);
                if (Miss(lastMilliohms) <= bandMilliohms)
                {
                    return StatusCode.Ok;
                }
            }

            if (itemPulses >= pulseBudget)
            {
                return StatusCode.PulseCountLimit; // report, never force
            }

            // Above the target R must fall (potentiation), below it rise (depression): after an overshoot the
            // opposite direction's table takes over.
            Direction direction = lastMilliohms > targetMilliohms ? Direction.Potentiation : Direction.Depression;
            SeekDirectionTable table = seek.For(direction);
            double rate = array != null && cell < array.CellCount ? array.RateOf(cell, direction) / (double)ArrayCorrections.RateUnit : 1.0;
            double x = ((lastMilliohms / 1000.0) - lowOhms) / windowOhms;
            double goal = ((targetMilliohms / 1000.0) - lowOhms) / windowOhms;
            int choice = SeekPlanner.Choose(table, x, goal, rate, seek.AimPermille / 1000.0);
            if (choice < 0)
            {
                return StatusCode.TargetUnreachable;
            }

            lastMillivolts = direction == Direction.Depression ? -table.WriteMillivolts[choice] : table.WriteMillivolts[choice];
            StatusCode status = Io.Pulse(cell, lastMillivolts, table.PulseWidthMicroseconds);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            itemPulses++;
            Applied++;
            return StatusCode.Running;
        }

        private uint Miss(uint resistanceMilliohms)
        {
            return Gap(resistanceMilliohms, targetMilliohms);
        }

        /// <summary>The gap from a level to its nearer neighbour in the program, mOhm (the outermost levels use their inner gap).</summary>
        private uint LevelSpacing(int level)
        {
            uint[] t = program.TargetsMilliohms;
            uint spacing = uint.MaxValue;
            if (level > 0)
            {
                spacing = Gap(t[level], t[level - 1]);
            }

            if (level + 1 < t.Length)
            {
                uint next = Gap(t[level], t[level + 1]);
                spacing = next < spacing ? next : spacing;
            }

            return spacing == uint.MaxValue ? 0 : spacing;
        }

        private static uint Gap(uint a, uint b)
        {
            return a > b ? a - b : b - a;
        }
    }
}
