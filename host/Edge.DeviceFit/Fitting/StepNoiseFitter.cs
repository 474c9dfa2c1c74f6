// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Shared.Formats;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Optimization;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// Fits the model's cycle-to-cycle step noise sigma_0 (device field step_noise_fraction: a pulse's drift step scatters
/// with relative sigma sigma_0 (1 + (|V|/V_h)^2)) to how the measured sweeps scatter pulse by pulse
/// (<see cref="IncrementSpread"/>), by the simulated method of moments: the sweeps are simulated on the mean-curve
/// fit's device with a candidate sigma_0, through the same protocol (10 pulses of each polarity at 6 V, then the sweep)
/// and with the measurement's read noise, and the sigma_0 whose simulated sweeps reproduce every condition's median
/// relative increment residual best (least squares in the logarithms) is kept. Simulating keeps what a variance
/// formula would miss: steps clipped at the bound, the occasional overshoot, and the read noise two neighbouring
/// increments share.
/// </summary>
/// <remarks>
/// Only conditions up to <see cref="HighestVolts"/> take part: above it overshoots (held at the device's values, which
/// one cell's sweeps cannot separate from the noise) become common, and the heating term V_h that the noise grows with
/// is held too. The read noise comes from the sweeps' ends (<see cref="IncrementSpread.ReadNoiseOhms"/>) and is not a
/// device field: on an Edge board it is the read chain's. Every evaluation replays the same random streams (the
/// simulated cells' own and one read-noise stream per simulated sweep), so the objective moves smoothly with sigma_0.
/// </remarks>
public static class StepNoiseFitter
{
    /// <summary>The highest write voltage whose sweeps the fit compares, V.</summary>
    public const double HighestVolts = 3.0;

    /// <summary>Simulated sweeps per measured sweep.</summary>
    private const int ReplicatesPerSweep = 4;

    private const int InitialisationPulses = 10;
    private const double InitialisationVolts = 6;
    private const double SmallestReadNoiseOhms = 1e-6;
    private const double SmallestStepNoise = 0.005;
    private const double LargestStepNoise = 1.0;

    /// <summary>Floor of a median relative residual (noise-free data would otherwise put a zero in a logarithm).</summary>
    private const double SmallestRatio = 1e-9;

    /// <summary>A pulse counts as moving when its mean step is this many read-noise sigmas or more.</summary>
    private const double MovingStepInReadNoises = 10;

    /// <summary>
    /// Fits sigma_0 for <paramref name="device"/> (its other fields as fitted) to the sweeps of <paramref name="sweeps"/>
    /// at or below <see cref="HighestVolts"/>; null when fewer than two such conditions have moving pulses.
    /// </summary>
    public static StepNoiseFit? Fit(DeviceParameters device, IReadOnlyList<MeasuredSweep> sweeps, int seed)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(sweeps);
        var used = sweeps.Where(s => s.Volts <= HighestVolts).ToList();
        double readNoise = Math.Max(IncrementSpread.ReadNoiseOhms(used.Select(s => s.ResistancesOhms)), SmallestReadNoiseOhms);
        double minimumStep = MovingStepInReadNoises * readNoise;
        var conditions = IncrementSpread.MedianRelativeResidual(SweepModel.NominalCell(device), used.Select(s => (s.Condition, s.ResistancesOhms)), minimumStep)
            .Keys.ToList();
        if (conditions.Count < 2)
        {
            return null;
        }

        double[] Residuals(double lnStepNoise)
        {
            var candidate = device with { StepNoiseFraction = StepNoise(lnStepNoise) };
            var cell = SweepModel.NominalCell(candidate);
            var measured = IncrementSpread.MedianRelativeResidual(cell, used.Select(s => (s.Condition, s.ResistancesOhms)), minimumStep);
            var simulated = IncrementSpread.MedianRelativeResidual(cell, Simulate(candidate, used, readNoise, seed), minimumStep);
            return [.. conditions.Select(c => measured.TryGetValue(c, out var m) && simulated.TryGetValue(c, out var x)
                ? Math.Log(Math.Max(x, SmallestRatio) / Math.Max(m, SmallestRatio))
                : 0)];
        }

        var best = GoldenSectionMinimizer.Minimum(
            ObjectiveFunction.ScalarValue(v => Residuals(v).Sum(r => r * r)), Math.Log(SmallestStepNoise), Math.Log(LargestStepNoise), 1e-4).MinimizingPoint;
        double[] final = Residuals(best);
        return new StepNoiseFit(
            StepNoise(best),
            StepNoise(best) * StandardError(Residuals, best, conditions.Count),
            readNoise,
            conditions.Count,
            Math.Sqrt(final.Average(r => r * r)));
    }

    /// <summary>sigma_0 from its logarithm, held inside the field's range (the minimiser may probe beyond its bracket).</summary>
    private static double StepNoise(double lnStepNoise) => Math.Clamp(Math.Exp(lnStepNoise), SmallestStepNoise, LargestStepNoise);

    /// <summary>The sweeps of <paramref name="measured"/>'s conditions simulated on <paramref name="candidate"/>, reads with Gaussian noise.</summary>
    private static List<(SweepCondition, IReadOnlyList<double>)> Simulate(
        DeviceParameters candidate, IReadOnlyList<MeasuredSweep> measured, double readNoiseOhms, int seed)
    {
        var array = new MemristorArray(candidate with { Seed = seed }, measured.Count * ReplicatesPerSweep);
        var traces = new List<(SweepCondition, IReadOnlyList<double>)>(array.Count);
        for (int s = 0; s < measured.Count; s++)
        {
            var sweep = measured[s];
            double sign = sweep.Direction == Direction.Potentiation ? 1 : -1;
            for (int k = 0; k < ReplicatesPerSweep; k++)
            {
                int index = (s * ReplicatesPerSweep) + k;
                var cell = array[index];
                var random = new Random(unchecked((seed * 7919) + index));

                // Ends at the opposite polarity's bound, so the sweep starts from its far end, as measured.
                for (int p = 0; p < 2 * InitialisationPulses; p++)
                {
                    cell.ApplyPulse((p < InitialisationPulses ? sign : -sign) * InitialisationVolts, sweep.WidthMs);
                }

                var reads = new double[sweep.ResistancesOhms.Count];
                reads[0] = cell.ResistanceOhms + (readNoiseOhms * Normal.Sample(random, 0, 1));
                for (int p = 1; p < reads.Length; p++)
                {
                    cell.ApplyPulse(sign * sweep.Volts, sweep.WidthMs);
                    reads[p] = cell.ResistanceOhms + (readNoiseOhms * Normal.Sample(random, 0, 1));
                }

                traces.Add((sweep.Condition, reads));
            }
        }

        return traces;
    }

    /// <summary>
    /// Relative standard error of sigma_0 from the least-squares curvature: s^2 / (J^T J), the Jacobian by central
    /// differences in ln sigma_0 and s^2 the residual variance.
    /// </summary>
    private static double StandardError(Func<double, double[]> residuals, double at, int count)
    {
        const double h = 0.05;
        double[] up = residuals(at + h);
        double[] down = residuals(at - h);
        double information = 0;
        for (int i = 0; i < count; i++)
        {
            double slope = (up[i] - down[i]) / (2 * h);
            information += slope * slope;
        }

        double variance = residuals(at).Sum(r => r * r) / Math.Max(1, count - 1);
        return information > 0 ? Math.Sqrt(variance / information) : double.NaN;
    }
}
