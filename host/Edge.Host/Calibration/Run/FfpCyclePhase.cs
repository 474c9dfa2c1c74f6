// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Host.Errors;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Full FFP cycles run by the board's own loop (paper Fig. 3c): from HRS, FFP_RUN potentiation to its stop bound, then
/// FFP_RUN depression back. Each cycle's two traces (pulse index, R, Vw) are one checkpoint.
/// </summary>
internal static class FfpCyclePhase
{
    /// <summary>One cycle: the potentiation and the depression trace.</summary>
    public sealed record Cycle(FfpTrace Potentiation, FfpTrace Depression);

    public static double PlannedDeviceSeconds(CalibrationSettings s) => s.FfpCycles * ((s.InitPulses * s.SweepWidthMs) + (1200 * s.EffectiveFfpWidthMs)) / 1000.0 * 4 / 3;

    public static List<Cycle> Run(CalibrationContext context)
    {
        var s = context.Settings;
        var cycles = new List<Cycle>();
        double perCycle = PlannedDeviceSeconds(s) / Math.Max(1, s.FfpCycles);
        for (int c = 0; c < s.FfpCycles; c++)
        {
            string key = $"ffp-cycle/{c}";
            if (context.Database.TryLoadCheckpoint<Cycle>(context.RunId, key, out var saved))
            {
                cycles.Add(saved);
                context.Skip(perCycle);
                continue;
            }

            var cycle = context.Measure($"FFP cycle {c + 1}/{s.FfpCycles}", perCycle, () =>
            {
                context.Initialise(Direction.Potentiation);
                return new Cycle(RunDirection(context, Direction.Potentiation), RunDirection(context, Direction.Depression));
            });
            context.Database.SaveCheckpoint(context.RunId, key, cycle);
            cycles.Add(cycle);
        }

        return cycles;
    }

    /// <summary>Pulse events of a trace.</summary>
    public static int PulseEvents(FfpTrace trace) => trace.WriteVolts.Count;

    private static FfpTrace RunDirection(CalibrationContext context, Direction direction)
    {
        var outcome = context.Board.FfpRun(direction, context.Settings.Cell, 2048);
        if (outcome.Status == StatusCode.PulseCountLimit)
        {
            var last = outcome.Records[^2];
            throw new EdgeException(ExitCode.DeviceLimit, $"{DirectionNames.Of(direction)} FFP run: the cell did not reach the table's stop bound within 2048 pulses (it stalled near {last.ResistanceMilliohms / 1000.0:F2} ohm at {Math.Abs(last.Millivolts) / 1000.0:F3} V); the |dR| window ({context.Settings.WindowLowOhms}..{context.Settings.WindowHighOhms} ohm) may be unreachable there. Widen it with --window, or measure more --voltages around that voltage.");
        }

        CalibrationChecks.RequireOk(outcome, $"{DirectionNames.Of(direction)} FFP run");
        return new FfpTrace(
            direction,
            outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray(),
            // One voltage per pulse event (the last record is the final read, without a pulse); magnitudes: the
            // direction carries the sign.
            outcome.Records.Take(outcome.Records.Length - 1).Select(r => Math.Abs(r.Millivolts) / 1000.0).ToArray());
    }
}
