// SPDX-License-Identifier: MIT
using Edge.Firmware.Io;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;
using Edge.Shared.Protocol.Messages;

namespace Edge.Firmware.Jobs
{
    /// <summary>
    /// Steps cells to target levels of the stored level program, one pulse per <see cref="Step"/>. Two modes:
    /// <list type="bullet">
    /// <item><b>Feedforward</b> (default): the FFP loop aimed at the level's target resistance: read R, stop once R is
    /// within half a (calibration-mean) step of the target, else apply Vw(R) from the stored FFP table. The reading never changes a voltage (no
    /// amplitude search, no retry, never the opposite polarity): it only tells the loop where it is and when to stop.
    /// One adaptation for arrays: the table was calibrated on one device, and a cell whose own saturation bounds sit a
    /// few ohms away (device-to-device spread) would crawl or stall with the calibrated voltages. Every
    /// <see cref="StallPulses"/> pulses the loop compares its progress with the calibration trace's pace for this
    /// level step; crawling below half that pace, it looks further along the table (1, 3, 7, 15 ... grid cells
    /// ahead), racing at more than twice the pace it looks back again. It still applies only table values.</item>
    /// <item><b>Open loop</b>: one read to find the level the cell is at, then the program's recorded pulse groups from
    /// there to the target with no reads in between (the paper's segmentation replayed literally).</item>
    /// </list>
    /// A cell at or past its target gets no pulse, so a batch re-sent after a lost link never programs a cell twice.
    /// Each item's record holds the start level, the pulses applied and the last resistance read.
    /// </summary>
    public sealed class ProgramLevelJob : LevelItemJob
    {
        /// <summary>
        /// When an item starts, a cell this close short of its target already counts as there, mOhm: about three read-noise
        /// sigmas (hardware/README.md), so re-reading a finished cell (a batch re-sent after a host crash) never pulses it
        /// again. Inside the loop the target is strict.
        /// </summary>
        public const uint ResendToleranceMilliohms = 50;

        /// <summary>Pulses between two pace checks of the feedforward loop.</summary>
        public const int StallPulses = 6;

        /// <summary>Furthest the loop looks ahead, in grid cells.</summary>
        public const int MaxLookAhead = 255;

        private LevelProgram program;
        private int ahead;
        private int pulsesSinceCheck;
        private uint checkpointMilliohms;
        private uint expectedStepMilliohms;
        private FfpDirectionTable ffp;
        private bool openLoop;
        private uint targetMilliohms;
        private int pulseBudget;
        private int lastMillivolts;
        private int nextPulse;
        private int endPulse;
        private int startLevel;
        private uint lastMilliohms;
        private int itemPulses;

        /// <summary>Creates the reusable job.</summary>
        public ProgramLevelJob(CellIo io, JobRecordBuffer records)
            : base(io, records)
        {
        }

        /// <summary>
        /// Parses the items of a PROGRAM_LEVEL payload and arms the job. Every item is checked before any pulse: a bad
        /// cell or level rejects the whole command.
        /// </summary>
        public StatusCode Start(LevelProgram levelProgram, FfpDirectionTable ffpTable, bool openLoopMode, PayloadReader r, int count)
        {
            if (levelProgram == null || ffpTable == null)
            {
                return StatusCode.NoTable;
            }

            StatusCode items = ReadItems(r, count, levelProgram.LevelCount);
            if (items != StatusCode.Ok)
            {
                return items;
            }

            program = levelProgram;
            ffp = ffpTable;

            // The calibration trace's mean step over the whole program: the pace the loop keeps and half the stopping
            // margin. A per-item figure would be unstable for a cell resumed one level short of its target.
            uint first = levelProgram.TargetsMilliohms[0];
            uint last = levelProgram.TargetsMilliohms[levelProgram.LevelCount - 1];
            uint span = first > last ? first - last : last - first;
            expectedStepMilliohms = levelProgram.Millivolts.Length > 0 ? span / (uint)levelProgram.Millivolts.Length : span;
            openLoop = openLoopMode;
            return Arm();
        }

        /// <inheritdoc/>
        protected override StatusCode PulseItem()
        {
            return openLoop ? OpenLoopPulse() : FeedforwardPulse();
        }

        private StatusCode OpenLoopPulse()
        {
            if (nextPulse >= endPulse)
            {
                StatusCode read = Io.Read(Cell, 0, out lastMilliohms);
                return read == StatusCode.Ok ? StatusCode.Ok : read;
            }

            lastMillivolts = program.SignedMillivolts(nextPulse);
            return Apply(lastMillivolts);
        }

        private StatusCode FeedforwardPulse()
        {
            StatusCode read = Io.Read(Cell, 0, out lastMilliohms);
            if (read != StatusCode.Ok)
            {
                return read;
            }

            // Stop within half an expected step of the target: one more pulse would land further past it than the cell
            // now falls short, so the error is centred on the level instead of always one step past it.
            uint halfStep = expectedStepMilliohms / 2;
            uint stopAt = program.Direction == Direction.Potentiation ? targetMilliohms + halfStep : targetMilliohms - halfStep;
            if (Reached(lastMilliohms, stopAt))
            {
                return StatusCode.Ok;
            }

            if (itemPulses >= pulseBudget)
            {
                return StatusCode.PulseCountLimit; // the device did not get there within its bound: report, never force
            }

            if (pulsesSinceCheck >= StallPulses)
            {
                uint moved = lastMilliohms > checkpointMilliohms ? lastMilliohms - checkpointMilliohms : checkpointMilliohms - lastMilliohms;
                uint pace = expectedStepMilliohms * StallPulses;
                if (2 * moved < pace)
                {
                    ahead = ahead >= MaxLookAhead / 2 ? MaxLookAhead : (2 * ahead) + 1;
                }
                else if (moved > 2 * pace)
                {
                    ahead /= 2;
                }

                checkpointMilliohms = lastMilliohms;
                pulsesSinceCheck = 0;
            }

            lastMillivolts = ffp.MillivoltsOfCell(ffp.CellOf(lastMilliohms) + (ffp.CellStep * ahead));
            pulsesSinceCheck++;
            return Apply(lastMillivolts);
        }

        private StatusCode Apply(int millivolts)
        {
            StatusCode status = Io.Pulse(Cell, millivolts, program.PulseWidthMicroseconds);
            if (status != StatusCode.Ok)
            {
                return status;
            }

            nextPulse++;
            itemPulses++;
            Applied++;
            return StatusCode.Running;
        }

        /// <inheritdoc/>
        protected override StatusCode BeginItem()
        {
            itemPulses = 0;
            ahead = 0;
            pulsesSinceCheck = 0;
            lastMillivolts = 0;
            StatusCode read = Io.Read(Cell, 0, out lastMilliohms);
            startLevel = 0;
            nextPulse = 0;
            endPulse = 0;
            if (read != StatusCode.Ok)
            {
                return read;
            }

            startLevel = program.LevelAt(lastMilliohms);
            int target = TargetLevel;
            targetMilliohms = program.TargetsMilliohms[target];
            uint tolerant = program.Direction == Direction.Potentiation ? targetMilliohms + ResendToleranceMilliohms : targetMilliohms - ResendToleranceMilliohms;
            if (startLevel >= target || Reached(lastMilliohms, tolerant))
            {
                return StatusCode.Ok; // already there (or past it): never the opposite polarity
            }

            nextPulse = program.GroupStart(startLevel);
            endPulse = program.GroupStart(target);
            int expected = endPulse - nextPulse;
            checkpointMilliohms = lastMilliohms;

            // Feedforward may need more pulses than the calibration trace did (cycle-to-cycle and device-to-device
            // spread), bounded so a dead cell cannot eat the pulse budget.
            pulseBudget = (2 * expected) + 64;
            if (pulseBudget > HardLimits.MaxPulsesPerCell)
            {
                pulseBudget = HardLimits.MaxPulsesPerCell;
            }

            if (!openLoop)
            {
                endPulse = nextPulse + pulseBudget;
            }

            if (expected > HardLimits.MaxPulsesPerCell)
            {
                return StatusCode.PulseCountLimit;
            }

            return nextPulse < endPulse ? StatusCode.Running : StatusCode.Ok;
        }

        private bool Reached(uint resistanceMilliohms, uint target)
        {
            return program.Direction == Direction.Potentiation ? resistanceMilliohms <= target : resistanceMilliohms >= target;
        }

        /// <inheritdoc/>
        protected override void RecordItem(int index, StatusCode status)
        {
            Records.Add(index, startLevel, lastMillivolts, itemPulses, lastMilliohms, status, 0);
        }
    }
}
