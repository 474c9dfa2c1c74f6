// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Measures the seek table's rates at the seek width on the calibrated cell: per direction and sweep voltage,
/// initialise, then <see cref="CalibrationSettings.SeekRatePulses"/> identical pulses of <see cref="CalibrationSettings.SeekWidthMs"/>;
/// q(V) is the saturation law solved against the model's bound b(V) (the bound comes from the long sweeps, which
/// saturate; short pulses need hundreds to). One checkpoint per condition.
/// </summary>
internal static class SeekPhase
{
    public static double PlannedDeviceSeconds(CalibrationSettings s) =>
        2 * s.VoltagesVolts.Length * ((2 * s.InitPulses * s.SweepWidthMs) + (s.SeekRatePulses * s.SeekWidthMs)) / 1000.0 * 4 / 3;

    public static List<SeekTableBuilder.RatePoint>[] Run(CalibrationContext context, IReadOnlyList<SaturationModel> models)
    {
        var s = context.Settings;
        var result = new List<SeekTableBuilder.RatePoint>[2];
        double perCondition = ((2 * s.InitPulses * s.SweepWidthMs) + (s.SeekRatePulses * s.SeekWidthMs)) / 1000.0 * 4 / 3;
        foreach (var (direction, d) in new[] { (Direction.Potentiation, 0), (Direction.Depression, 1) })
        {
            result[d] = [];
            foreach (double volts in s.VoltagesVolts)
            {
                string key = string.Create(CultureInfo.InvariantCulture, $"seek-rate/{DirectionNames.Of(direction)}/{volts:F3}");
                var reads = context.Checkpointed(key, $"seek rate {DirectionNames.Of(direction)} {volts} V", perCondition, () => Measure(context, direction, volts));
                if (SaturationRate.Mean(reads, models[d].BoundAt(volts), direction) is double q)
                {
                    result[d].Add(new SeekTableBuilder.RatePoint(volts, q));
                }
            }
        }

        return result;
    }

    private static double[] Measure(CalibrationContext context, Direction direction, double volts)
    {
        var s = context.Settings;
        context.Initialise(direction);
        double initial = context.Board.Read([s.Cell])[0].RequireOhms("the read before the seek-rate pulses");
        var outcome = context.Board.Sweep(s.Cell, direction == Direction.Potentiation ? volts : -volts, s.SeekWidthMs, s.SeekRatePulses);
        CalibrationChecks.RequireOk(outcome, $"seek rate pulses, {DirectionNames.Of(direction)} at {volts} V");
        return [initial, .. outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0)];
    }
}
