// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Link;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Full FFP cycles run by the board's own loop (paper Fig. 3c): from the initialised HRS, FFP_RUN potentiation to its
/// stop bound; from the initialised LRS, FFP_RUN depression to its stop bound. Each cycle's two traces (pulse index, R, Vw) are one checkpoint.
/// </summary>
internal static class FfpCyclePhase
{
    /// <summary>The board's pulse limit of one FFP_RUN.</summary>
    public const int MaxPulses = HardLimits.MaxPulsesPerCell;

    /// <summary>One cycle: the potentiation and the depression trace.</summary>
    public sealed record Cycle(FfpTrace Potentiation, FfpTrace Depression);

    /// <summary>One FFP run and whether it reached the table's stop bound (false: it ended at the pulse limit).</summary>
    public sealed record Run(FfpTrace Trace, bool ReachedStop);

    /// <summary>Planned device time of one direction's run, s: the full window at the window-centre step, plus 20 %.</summary>
    public static double PlannedRunSeconds(CalibrationSettings s, double windowOhms) =>
        1.2 * Math.Min(MaxPulses, windowOhms / (0.5 * (s.WindowLowOhms + s.WindowHighOhms))) * (s.EffectiveFfpWidthMs + 10) / 1000.0;

    public static double PlannedDeviceSeconds(CalibrationSettings s, double windowOhms) =>
        s.FfpCycles * 2 * (s.InitSeconds + PlannedRunSeconds(s, windowOhms));

    public static List<Cycle> RunCycles(CalibrationContext context, double windowOhms)
    {
        var s = context.Settings;
        var cycles = new List<Cycle>();
        double perCycle = PlannedDeviceSeconds(s, windowOhms) / Math.Max(1, s.FfpCycles);
        for (int c = 0; c < s.FfpCycles; c++)
        {
            var cycle = context.Checkpointed($"ffp-cycle/{c}", $"FFP cycle {c + 1}/{s.FfpCycles}", perCycle, () =>
            {
                // Each direction from its initialised start (not depression from wherever potentiation stopped): the level
                // programs cut from these traces are programmed from an initialised cell, so level 0 must be that start.
                context.Initialise(Direction.Potentiation);
                var potentiation = Required(context, Direction.Potentiation);
                context.Initialise(Direction.Depression);
                return new Cycle(potentiation, Required(context, Direction.Depression));
            });
            cycles.Add(cycle);
        }

        return cycles;
    }

    /// <summary>Pulse events of a trace.</summary>
    public static int PulseEvents(FfpTrace trace) => trace.WriteVolts.Count;

    /// <summary>
    /// Runs the board's FFP loop once from where the cell is. A run that ends at the pulse limit is returned, not
    /// thrown: the refinement learns where it stalled.
    /// </summary>
    public static Run RunDirection(CalibrationContext context, Direction direction)
    {
        var outcome = context.Board.FfpRun(direction, context.Settings.Cell, MaxPulses);
        bool reached = outcome.Status == StatusCode.Ok;
        if (!reached && outcome.Status != StatusCode.PulseCountLimit)
        {
            CalibrationChecks.RequireOk(outcome, $"{DirectionNames.Of(direction)} FFP run");
        }

        return new Run(Trace(direction, outcome), reached);
    }

    /// <summary>The trace of an FFP_RUN job: one read per record, one voltage per pulse event.</summary>
    public static FfpTrace Trace(Direction direction, JobOutcome outcome) => new(
        direction,
        outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray(),
        // The last record is the final read, without a pulse; magnitudes: the direction carries the sign.
        outcome.Records.Take(outcome.Records.Length - 1).Select(r => Math.Abs(r.Millivolts) / 1000.0).ToArray());

    /// <summary>
    /// Throws <see cref="ExitCode.DeviceLimit"/> when a run that ended at the pulse limit could not be fixed by a better
    /// table: its steps were in the window, so the range simply needs more pulses than one FFP_RUN may apply.
    /// </summary>
    public static void ThrowIfTooManyPulsesNeeded(CalibrationContext context, Run run)
    {
        if (!run.ReachedStop && LimitStatistics(context, run) is { } stats && stats.MedianStepOhms >= context.Settings.WindowLowOhms && stats.CellsBelow == 0)
        {
            throw new EdgeException(ExitCode.DeviceLimit, LimitMessage(context, run));
        }
    }

    private static FfpStepStatistics LimitStatistics(CalibrationContext context, Run run)
    {
        var r = run.Trace.ResistancesOhms;
        var grid = ResistanceGrid.Uniform(r.Min(), r.Max() + 1e-6, 16);
        return FfpRefinement.Statistics(run.Trace, grid, context.Settings.WindowLowOhms, context.Settings.WindowHighOhms, false);
    }

    private static string LimitMessage(CalibrationContext context, Run run)
    {
        var s = context.Settings;
        var stats = LimitStatistics(context, run);
        int last = run.Trace.WriteVolts.Count - 1;
        string why = stats.MedianStepOhms >= s.WindowLowOhms && stats.CellsBelow == 0
            ? $"its median step was {stats.MedianStepOhms:F3} ohm, inside the window, so this device's range needs more than {MaxPulses} pulses at a {s.WindowLowOhms}..{s.WindowHighOhms} ohm window: use a coarser --window (e.g. scaled with the device window: 0.2 ohm x (HRS - LRS) / 140 ohm at the centre)"
            : $"it stalled near {run.Trace.ResistancesOhms[^1]:F2} ohm at {run.Trace.WriteVolts[last]:F3} V; the |dR| window ({s.WindowLowOhms}..{s.WindowHighOhms} ohm) may be unreachable there. Widen --window, or measure more --voltages around that voltage";
        return $"{DirectionNames.Of(run.Trace.Direction)} FFP run: the cell did not reach the table's stop bound within {MaxPulses} pulses; {why}.";
    }

    private static FfpTrace Required(CalibrationContext context, Direction direction)
    {
        var run = RunDirection(context, direction);
        if (!run.ReachedStop)
        {
            throw new EdgeException(ExitCode.DeviceLimit, LimitMessage(context, run));
        }

        return run.Trace;
    }
}
