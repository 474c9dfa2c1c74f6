// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// The saturating step law read off one direction's identical-pulse sweeps (paper Fig. 2a): at a constant write voltage
/// V each pulse moves R by a fraction k(V) of what is left to a voltage-dependent bound b(V),
/// <c>step = k(V) (R - b(V))</c> (signed in the programming direction). Per measured voltage, k and b come from a least
/// squares fit of step against R over every pulse of that voltage; between voltages, -ln(1 - k) is interpolated
/// log-linearly (field-driven ion hopping grows roughly exponentially with V) and b monotonically (PCHIP). The FFP runs
/// on the board then measure b(V) densely between the sweep voltages (<see cref="WithObservations"/>), which is what
/// the 15 paper voltages cannot resolve: the voltage that gives a 0.2 ohm step must put b(V) about 1 ohm beyond R.
/// </summary>
public sealed class SaturationModel
{
    private const double LatticeStepVolts = 0.002;
    private const int NeighbourObservations = 9;

    private readonly double[] volts;
    private readonly double[] logRate;
    private readonly double[] bounds;
    private readonly double[] boundSlopes;
    private readonly double[] correctionLattice;

    private SaturationModel(Direction direction, double[] volts, double[] logRate, double[] bounds, double[] correctionLattice, IReadOnlyList<BoundObservation> observations)
    {
        Direction = direction;
        this.volts = volts;
        this.logRate = logRate;
        this.bounds = bounds;
        boundSlopes = Pchip.Slopes(volts, bounds);
        this.correctionLattice = correctionLattice;
        Observations = observations;
    }

    /// <summary>Programming direction.</summary>
    public Direction Direction { get; }

    /// <summary>Lowest measured voltage, V (no extrapolation below it).</summary>
    public double MinVolts => volts[0];

    /// <summary>Highest measured voltage, V (no extrapolation above it).</summary>
    public double MaxVolts => volts[^1];

    /// <summary>The measured voltages, V.</summary>
    public IReadOnlyList<double> Volts => volts;

    /// <summary>FFP observations of the bound the model was corrected with.</summary>
    public IReadOnlyList<BoundObservation> Observations { get; }

    /// <summary>+1 when R falls in the programming direction (potentiation), -1 when it rises.</summary>
    public double Sign => Direction == Direction.Potentiation ? 1 : -1;

    /// <summary>
    /// Fits the model of <paramref name="direction"/> from identical-pulse runs.
    /// </summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.DeviceLimit"/> when no voltage moves R in the direction.</exception>
    public static SaturationModel Fit(IEnumerable<SweepTrace> traces, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var runs = traces.Where(t => t.Direction == direction).ToList();
        double sign = direction == Direction.Potentiation ? 1 : -1;
        var fitted = new List<(double Volts, double Rate, double Bound)>();
        foreach (var group in runs.GroupBy(t => t.WriteVolts).OrderBy(g => g.Key))
        {
            // step = k (R - b) sign  <=>  step = a + c R with c = k sign, a = -k b sign: ordinary least squares over every
            // pulse of the voltage (all repetitions). Saturated pulses (step ~ 0 at the bound) anchor b.
            double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
            foreach (var run in group)
            {
                double before = run.InitialOhms;
                foreach (double after in run.ResistancesOhms)
                {
                    double step = sign * (before - after);
                    n++;
                    sx += before;
                    sy += step;
                    sxx += before * before;
                    sxy += before * step;
                    before = after;
                }
            }

            double variance = (n * sxx) - (sx * sx);
            if (n < 3 || !(variance > 0))
            {
                continue;
            }

            double slope = ((n * sxy) - (sx * sy)) / variance;
            double intercept = (sy - (slope * sx)) / n;
            double rate = slope * sign;
            if (!(rate > 1e-6) || !(rate < 1))
            {
                continue;
            }

            fitted.Add((group.Key, rate, -intercept / slope));
        }

        if (fitted.Count < 2)
        {
            throw new EdgeException(
                ExitCode.DeviceLimit,
                $"{DirectionNames.Of(direction)} sweeps: only {fitted.Count} write voltage(s) move R measurably toward a bound; the FFP table needs at least 2. Measure more or higher --voltages.");
        }

        // b(V) must move monotonically in the programming direction as V grows (a stronger pulse reaches further);
        // a noisy fit that does not is replaced by the running extreme, which keeps the PCHIP interpolation monotone.
        var bound = fitted.Select(f => f.Bound).ToArray();
        for (int i = 1; i < bound.Length; i++)
        {
            bound[i] = sign > 0 ? Math.Min(bound[i], bound[i - 1]) : Math.Max(bound[i], bound[i - 1]);
        }

        var v = fitted.Select(f => f.Volts).ToArray();
        var logRate = fitted.Select(f => Math.Log(-Math.Log(1 - f.Rate))).ToArray();
        return new SaturationModel(direction, v, logRate, bound, new double[Lattice(v).Length], []);
    }

    /// <summary>k(V): the fraction of the distance to the bound one pulse closes.</summary>
    public double RateAt(double writeVolts) => 1 - Math.Exp(-Math.Exp(Linear(volts, logRate, Clamp(writeVolts))));

    /// <summary>b(V) of the sweeps alone (no FFP correction), ohm.</summary>
    public double SweepBoundAt(double writeVolts) => Pchip.Evaluate(volts, bounds, boundSlopes, Clamp(writeVolts));

    /// <summary>b(V) corrected by the FFP observations, ohm.</summary>
    public double BoundAt(double writeVolts)
    {
        double v = Clamp(writeVolts);
        double position = (v - volts[0]) / LatticeStepVolts;
        int i = Math.Min((int)position, correctionLattice.Length - 2);
        double f = position - i;
        return SweepBoundAt(v) + ((1 - f) * correctionLattice[i]) + (f * correctionLattice[i + 1]);
    }

    /// <summary>The step one pulse of <paramref name="writeVolts"/> is expected to give from <paramref name="resistanceOhms"/>,
    /// ohm, positive in the programming direction (0 at or beyond the bound).</summary>
    public double StepAt(double resistanceOhms, double writeVolts) => Math.Max(0, RateAt(writeVolts) * Sign * (resistanceOhms - BoundAt(writeVolts)));

    /// <summary>
    /// The same sweep fit with b(V) corrected by FFP observations: at each voltage, the median difference between the
    /// observed bounds of the nearest observations (in V) and the sweep fit. Observations accumulate across calls.
    /// </summary>
    public SaturationModel WithObservations(IEnumerable<BoundObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var all = Observations.Concat(observations).OrderBy(o => o.WriteVolts).ToList();
        var residualVolts = all.Select(o => o.WriteVolts).ToArray();
        var residuals = all.Select(o => o.BoundOhms - SweepBoundAt(o.WriteVolts)).ToArray();
        var weights = all.Select(o => o.Weight).ToArray();
        var lattice = Lattice(volts);
        var correction = new double[lattice.Length];
        if (all.Count > 0)
        {
            for (int i = 0; i < lattice.Length; i++)
            {
                correction[i] = NearestMedian(residualVolts, residuals, weights, lattice[i]);
            }
        }

        return new SaturationModel(Direction, volts, logRate, bounds, correction, all);
    }

    private static double NearestMedian(double[] sortedVolts, double[] residuals, double[] weights, double at)
    {
        // The NeighbourObservations observations nearest in V, by a two-pointer walk out from the insertion point; their
        // weighted median (a stall, measured by many pulses, outweighs a few single-pulse cells around it).
        int hi = Array.BinarySearch(sortedVolts, at);
        hi = hi >= 0 ? hi : ~hi;
        int lo = hi - 1;
        var picked = new List<(double Residual, double Weight)>(NeighbourObservations);
        while (picked.Count < NeighbourObservations && (lo >= 0 || hi < sortedVolts.Length))
        {
            bool takeLow = hi >= sortedVolts.Length || (lo >= 0 && at - sortedVolts[lo] <= sortedVolts[hi] - at);
            int i = takeLow ? lo-- : hi++;
            picked.Add((residuals[i], weights[i]));
        }

        picked.Sort((a, b) => a.Residual.CompareTo(b.Residual));
        double half = 0.5 * picked.Sum(p => p.Weight);
        double cumulative = 0;
        foreach (var (residual, weight) in picked)
        {
            cumulative += weight;
            if (cumulative >= half)
            {
                return residual;
            }
        }

        return picked[^1].Residual;
    }

    private static double[] Lattice(double[] v)
    {
        int count = Math.Max(2, (int)Math.Ceiling((v[^1] - v[0]) / LatticeStepVolts) + 1);
        return Enumerable.Range(0, count).Select(i => Math.Min(v[^1], v[0] + (i * LatticeStepVolts))).ToArray();
    }

    private double Clamp(double writeVolts) => Math.Clamp(writeVolts, volts[0], volts[^1]);

    private static double Linear(double[] x, double[] y, double at)
    {
        int i = Array.BinarySearch(x, at);
        if (i >= 0)
        {
            return y[i];
        }

        i = Math.Clamp(~i - 1, 0, x.Length - 2);
        double f = (at - x[i]) / (x[i + 1] - x[i]);
        return y[i] + (f * (y[i + 1] - y[i]));
    }
}

/// <summary>One FFP measurement of where write voltage <paramref name="WriteVolts"/> saturates: the read R before a
/// pulse less the step divided by the rate, <c>b = R - sign step / k(V)</c>, ohm.</summary>
/// <param name="WriteVolts">The voltage the table applied, V.</param>
/// <param name="BoundOhms">The observed bound, ohm.</param>
/// <param name="Weight">How many pulses back it (capped): a loop that stalled at a bound measured it many times.</param>
public sealed record BoundObservation(double WriteVolts, double BoundOhms, double Weight = 1);
