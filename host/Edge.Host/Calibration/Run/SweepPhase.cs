// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Identical-pulse characterisation (paper Fig. 2a): for each direction, voltage and repetition, initialise, read,
/// then the board applies the pulses with a read after each. One checkpoint per condition.
/// </summary>
internal static class SweepPhase
{
    public static double PlannedDeviceSeconds(CalibrationSettings s) =>
        2 * s.VoltagesVolts.Length * s.Repetitions * ((2 * s.InitPulses) + s.SweepPulses) * s.SweepWidthMs / 1000.0 * 4 / 3;

    public static List<SweepTrace> Run(CalibrationContext context)
    {
        var s = context.Settings;
        var traces = new List<SweepTrace>();
        double perCondition = ((2 * s.InitPulses) + s.SweepPulses) * s.SweepWidthMs / 1000.0 * 4 / 3;
        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            foreach (double volts in s.VoltagesVolts)
            {
                for (int rep = 1; rep <= s.Repetitions; rep++)
                {
                    string key = string.Create(CultureInfo.InvariantCulture, $"sweep/{DirectionNames.Of(direction)}/{volts:F3}/{rep}");
                    var trace = context.Checkpointed(key, $"sweep {DirectionNames.Of(direction)} {volts} V #{rep}", perCondition, () =>
                    {
                        var measured = Measure(context, direction, volts, rep);
                        SweepChecks.Check(measured, key);
                        return measured;
                    });
                    traces.Add(trace);
                }
            }
        }

        return traces;
    }

    private static SweepTrace Measure(CalibrationContext context, Direction direction, double volts, int repetition)
    {
        var s = context.Settings;
        context.Initialise(direction);
        double initial = context.Board.Read([s.Cell])[0].RequireOhms("the read before the sweep");
        double signed = direction == Direction.Potentiation ? volts : -volts;
        var outcome = context.Board.Sweep(s.Cell, signed, s.SweepWidthMs, s.SweepPulses);
        CalibrationChecks.RequireOk(outcome, $"{DirectionNames.Of(direction)} sweep at {volts} V");
        return new SweepTrace(direction, volts, repetition, initial, outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray());
    }
}
