// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Host.Link;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Programming;

/// <summary>
/// The classic incremental-step write-and-verify baseline (ISPP), driven from the host one pulse at a time through
/// <see cref="BoardClient.Pulse"/>: read; pulse in the direction of the target; verify; raise the amplitude by a step
/// while the cell falls short; when it crosses the target by more than the tolerance, reverse the polarity with a
/// smaller step. It stops within +-tolerance levels (done), or at <see cref="WriteVerifySettings.MaxPulses"/>, after
/// <see cref="WriteVerifySettings.MaxReversals"/> reversals (as ArC ONE's ConvergeToState does) or when pulses at the
/// largest amplitude stall (failed). Every pulse
/// is a trial whose outcome decides the next one: the trial and error FFP replaces by a calibrated table. The outcome's
/// resistance is the loop's last verify read. The loop runs on the host, so there is no board job to recover: an
/// interrupted batch is sent again, and each cell is read first (one already within tolerance gets no pulse).
/// </summary>
public sealed class WriteVerifyProgrammer : IProgrammingScheme
{
    private readonly BoardClient board;

    /// <summary>Creates the programmer.</summary>
    /// <param name="board">The connected board (no table set needed: voltages come from the loop, not a table).</param>
    /// <param name="ladder">The levels to program to (their spacing sets the tolerance in ohm).</param>
    /// <param name="settings">Loop settings; null = the tuned defaults.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public WriteVerifyProgrammer(BoardClient board, LevelLadder ladder, WriteVerifySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(ladder);
        Settings = settings ?? new WriteVerifySettings();
        Settings.Validate();
        this.board = board;
        Ladder = ladder;
    }

    /// <inheritdoc/>
    public string Name => ProgrammingSchemes.WriteVerify;

    /// <inheritdoc/>
    public LevelLadder Ladder { get; }

    /// <summary>The loop settings in use.</summary>
    public WriteVerifySettings Settings { get; }

    /// <summary>Called after every pulse (traces, tests); null for none.</summary>
    public Action<WriteVerifyPulse>? Trace { get; init; }

    /// <inheritdoc/>
    public int MaxBatch => ProgramLevelRequest.MaxItems;

    /// <inheritdoc/>
    public ProgrammingOutcome[] Program(IReadOnlyList<CellTarget> targets, IProgress<ProgrammingProgress>? progress = null, Action<int>? started = null)
    {
        Ladder.CheckTargets(targets);
        var outcomes = new ProgrammingOutcome[targets.Count];
        long pulses = 0;
        for (int i = 0; i < targets.Count; i++)
        {
            outcomes[i] = ProgramOne(targets[i]);
            pulses += outcomes[i].Pulses;
            progress?.Report(new ProgrammingProgress(i + 1, targets.Count, pulses));
        }

        return outcomes;
    }

    /// <inheritdoc/>
    public ProgrammingOutcome[]? Recover(int job, IReadOnlyList<CellTarget> targets) => null;

    private ProgrammingOutcome ProgramOne(CellTarget target)
    {
        var s = Settings;
        var first = board.Read([target.Cell])[0];
        if (first.Saturated)
        {
            return Failed(target, 0, double.NaN, "the first read saturated");
        }

        double ohms = first.ResistanceOhms;
        double error = Ladder.LevelError(target.Level, ohms);

        // Amplitude per polarity (index 0: positive / potentiation, 1: negative / depression); 0 = not used yet.
        var amplitude = new double[2];
        double step = s.StepVolts;
        int pulses = 0;
        int reversals = 0;
        int lastPolarity = 0;
        int stalledAtMax = 0;
        while (Math.Abs(error) > s.ToleranceLevels)
        {
            // R above the target must fall: a positive (potentiating) pulse; below it, a negative one.
            int polarity = ohms > target.TargetOhms ? 1 : -1;
            int slot = polarity > 0 ? 0 : 1;
            if (lastPolarity != 0 && polarity != lastPolarity)
            {
                // The last pulse carried the cell past the target by more than the tolerance.
                if (reversals == s.MaxReversals)
                {
                    return Failed(target, pulses, ohms, string.Create(CultureInfo.InvariantCulture, $"still {error:+0.00;-0.00} levels off after {reversals} polarity reversals (the bound)"));
                }

                reversals++;
                step *= s.ReversalStepFactor;
                amplitude[slot] = ReversalStart(amplitude[slot], amplitude[1 - slot], step);
            }
            else if (amplitude[slot] == 0)
            {
                amplitude[slot] = s.StartVolts;
            }

            if (pulses == s.MaxPulses)
            {
                return Failed(target, pulses, ohms, string.Create(CultureInfo.InvariantCulture, $"still {error:+0.00;-0.00} levels off after {pulses} pulses (the bound)"));
            }

            double volts = polarity * Math.Round(amplitude[slot], 3);
            var after = board.Pulse(target.Cell, volts, s.WidthMs, readAfter: true);
            pulses++;
            if (after.Saturated)
            {
                return Failed(target, pulses, double.NaN, "a verify read saturated");
            }

            double closed = (ohms - after.ResistanceOhms) / (ohms - target.TargetOhms);
            ohms = after.ResistanceOhms;
            error = Ladder.LevelError(target.Level, ohms);
            Trace?.Invoke(new WriteVerifyPulse(target.Cell, volts, s.WidthMs, ohms, error));
            lastPolarity = polarity;

            // Short of the target and (nearly) stalled: the next trial is harder. A cell still moving keeps its amplitude.
            bool stillShort = (ohms > target.TargetOhms ? 1 : -1) == polarity;
            bool stalled = stillShort && !(closed >= s.HoldIfClosedFraction);
            stalledAtMax = stalled && amplitude[slot] >= s.MaxVolts ? stalledAtMax + 1 : 0;
            if (stalledAtMax == s.MaxStalledAtMaxVolts && Math.Abs(error) > s.ToleranceLevels)
            {
                return Failed(target, pulses, ohms, string.Create(CultureInfo.InvariantCulture, $"still {error:+0.00;-0.00} levels off: {stalledAtMax} pulses at the largest amplitude ({s.MaxVolts} V) no longer bring it closer"));
            }

            if (stalled)
            {
                amplitude[slot] = Math.Min(amplitude[slot] + step, s.MaxVolts);
            }
        }

        return new ProgrammingOutcome(target.Cell, target.Level, ProgrammingStatus.Done, pulses, ohms, error, string.Empty);
    }

    private double ReversalStart(double sameLast, double otherLast, double step)
    {
        var s = Settings;
        double start = s.AfterReversal switch
        {
            ReversalAmplitude.Resume when sameLast > 0 => sameLast - step,
            ReversalAmplitude.Mirror => (sameLast > 0 ? sameLast : otherLast) - step,
            _ => s.StartVolts,
        };
        return Math.Clamp(start, Math.Min(s.StartVolts, s.MaxVolts), s.MaxVolts);
    }

    private ProgrammingOutcome Failed(CellTarget target, int pulses, double ohms, string reason) =>
        new(target.Cell, target.Level, ProgrammingStatus.Failed, pulses, ohms, double.IsNaN(ohms) ? double.NaN : Ladder.LevelError(target.Level, ohms), reason);
}
