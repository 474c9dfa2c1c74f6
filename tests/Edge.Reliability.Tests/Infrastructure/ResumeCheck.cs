// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>
/// Compares a campaign that was interrupted (reboots, host crashes) and resumed by re-sending batches with the
/// uninterrupted run of the same board seed, cell by cell.
/// <para>
/// The check, and why: with noise-free reads a feedforward loop is a function of the cell's state, its own pulse-noise
/// stream and one piece of loop memory, the stall counter (after <see cref="StallPulses"/> pulses in one grid cell of the
/// FFP table the firmware borrows the next cell's voltage). A re-sent command re-reads the cell, which is harmless, but
/// starts that counter afresh. So a resumed cell (a) must still reach its target level, (b) may take a different path
/// only after a stall or when the fresh per-command bound (2 x expected + 16, now counted from where it resumed) ends
/// it early, and (c) can never receive more than one such bound per re-send beyond the uninterrupted count, which is
/// the firmware's guarantee; re-escalating after a stall costs <see cref="StallPulses"/> pulses per borrowed grid cell,
/// so in practice the extra is a few tens of pulses on a few cells. A cell finished before the interruption gets
/// exactly 0 extra pulses (checked by the campaigns). Identical outcomes are reported and must be the large majority.
/// </para>
/// </summary>
public sealed class ResumeCheck
{
    /// <summary>The firmware's stall bound (ProgramLevelJob.StallPulses): the loop memory a resume forgets.</summary>
    public const int StallPulses = 12;

    /// <summary>Cells compared.</summary>
    public int Cells { get; private set; }

    /// <summary>Cells with the same pulses and the same final resistance (bit for bit).</summary>
    public int Identical { get; private set; }

    /// <summary>Cells whose final level (from the true resistance) equals the uninterrupted run's.</summary>
    public int SameLevel { get; private set; }

    /// <summary>Cells that did not report reaching their target.</summary>
    public int NotAtTarget { get; private set; }

    /// <summary>Cells with more pulses than the uninterrupted run plus the allowed slack.</summary>
    public int OverBound { get; private set; }

    /// <summary>Largest extra pulses on one cell.</summary>
    public long MaxExtra { get; private set; }

    /// <summary>Pulses on the compared cells, interrupted run.</summary>
    public long Pulses { get; private set; }

    /// <summary>Pulses on the compared cells, uninterrupted run.</summary>
    public long ReferencePulses { get; private set; }

    /// <summary>Compares every planned cell; <paramref name="resends"/> counts, per cell, commands re-sent after an interruption.</summary>
    public static ResumeCheck Compare(LevelPlan plan, VirtualBoard reference, VirtualBoard board, LevelRunner runner, int[] resends)
    {
        var program = ReferenceTables.Set.FindProgram(plan.Direction, plan.Levels);
        var check = new ResumeCheck();
        foreach (var batch in plan.Batches)
        {
            foreach (var (cell, _) in batch)
            {
                check.Cells++;
                long pulses = board.Analog.PulsesOn(cell);
                long expected = reference.Analog.PulsesOn(cell);
                check.Pulses += pulses;
                check.ReferencePulses += expected;
                if (pulses == expected && board.Cells[cell].ResistanceOhms == reference.Cells[cell].ResistanceOhms)
                {
                    check.Identical++;
                }

                if (program.LevelAt(Milliohms(board, cell)) == program.LevelAt(Milliohms(reference, cell)))
                {
                    check.SameLevel++;
                }

                if (runner.LastStatus[cell] != StatusCode.Ok)
                {
                    check.NotAtTarget++;
                }

                check.MaxExtra = Math.Max(check.MaxExtra, pulses - expected);
                int target = plan.Targets[cell];
                long bound = (2L * (program.GroupStart(target) - program.GroupStart(0))) + 16;
                if (pulses > expected + (bound * resends[cell]))
                {
                    check.OverBound++;
                }
            }
        }

        return check;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"cells {Cells}: identical to the uninterrupted run {Identical}, same final level {SameLevel}, not at target {NotAtTarget}, " +
        $"over the pulse bound {OverBound} (largest extra {MaxExtra}); pulses {Pulses:N0} (uninterrupted {ReferencePulses:N0})";

    private static uint Milliohms(VirtualBoard board, int cell) => (uint)Math.Round(board.Cells[cell].ResistanceOhms * 1000);
}
