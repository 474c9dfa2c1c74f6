// SPDX-License-Identifier: MIT
using Edge.Host.Calibration.Analysis;
using Edge.Shared.Formats;

namespace Edge.Host.Tests.Calibration.Analysis;

/// <summary>
/// A closed-form device for tests, shaped like paper Fig. 2a: at a constant voltage V, R relaxes towards a
/// voltage-dependent bound, each pulse covering a fraction rate(V) of the remaining distance. The bound moves further
/// from the start as V grows (fraction(V) = 1 - exp(-(V / 2.5)^1.5) of the window), and so does the rate
/// (0.01 + 0.005 V per pulse). Steps therefore shrink as a run saturates and grow with V, as on the real device.
/// </summary>
internal sealed record SyntheticDevice(double LrsOhms, double HrsOhms)
{
    public static readonly double[] PaperVolts = { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0 };

    /// <summary>0.3 .. 7.0 V every 0.1 V: dense enough that neighbouring saturation bounds leave no gap.</summary>
    public static readonly double[] DenseVolts = Enumerable.Range(3, 68).Select(i => i / 10.0).ToArray();

    public double Step(Direction direction, double resistanceOhms, double volts)
    {
        double reach = (HrsOhms - LrsOhms) * (1 - Math.Exp(-Math.Pow(volts / 2.5, 1.5)));
        double distance = direction == Direction.Potentiation ? resistanceOhms - (HrsOhms - reach) : LrsOhms + reach - resistanceOhms;
        return (0.01 + (0.005 * volts)) * Math.Max(distance, 0);
    }

    public double Apply(Direction direction, double resistanceOhms, double volts)
    {
        double step = Step(direction, resistanceOhms, volts);
        return direction == Direction.Potentiation ? resistanceOhms - step : resistanceOhms + step;
    }

    public List<SweepTrace> Sweeps(IReadOnlyList<double>? volts = null, int repetitions = 5, int pulses = 100)
    {
        var traces = new List<SweepTrace>();
        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            foreach (double v in volts ?? PaperVolts)
            {
                for (int r = 0; r < repetitions; r++)
                {
                    double start = direction == Direction.Potentiation ? HrsOhms : LrsOhms;
                    var reads = new double[pulses];
                    double now = start;
                    for (int i = 0; i < pulses; i++)
                    {
                        now = Apply(direction, now, v);
                        reads[i] = now;
                    }

                    traces.Add(new SweepTrace(direction, v, r, start, reads));
                }
            }
        }

        return traces;
    }
}
