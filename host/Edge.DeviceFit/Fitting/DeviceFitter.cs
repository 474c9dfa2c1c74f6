// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// Fits the device model to identical-pulse sweeps of one cell: least squares of every read after a pulse against the
/// model's mean curve from that sweep's own initial read (<see cref="SweepModel"/>), over the fields in
/// <see cref="FittedParameters"/>; then the step noise sigma_0 from the pulse-by-pulse scatter about that curve
/// (<see cref="StepNoiseFitter"/>). Held fields: the noise's heating voltage, the diffusion, overshoot and thermal fields
/// keep the paper device's values (one cell's sweeps do not separate them from the noise and the voltage laws); the
/// cell-to-cell spread fields are 0, since one cell's sweeps say nothing about other cells, and with no spread every
/// virtual cell is the measured one.
/// </summary>
public static class DeviceFitter
{
    private const string StepNoiseField = "step_noise_fraction";

    /// <summary>Fits <paramref name="sweeps"/>; <paramref name="bootstrapResamples"/> refits to resampled sweeps give the errors.</summary>
    /// <exception cref="EdgeException">The sweeps do not determine a device (exit code BadInput).</exception>
    public static DeviceFitResult Fit(IReadOnlyList<MeasuredSweep> sweeps, int seed, int bootstrapResamples)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        ArgumentOutOfRangeException.ThrowIfNegative(bootstrapResamples);
        var template = StartingDevice(sweeps, seed);
        var first = Minimise(sweeps, null, template, FittedParameters.ToFree(template), 200);
        if (!double.IsFinite(LevenbergMarquardt.SumOfSquares(first.Residuals)))
        {
            throw new EdgeException(ExitCode.BadInput, "the sweeps do not determine a device: the fit diverged (check that potentiation sweeps fall and depression sweeps rise).");
        }

        // Weighted refit: a high-voltage sweep scatters far more (step noise and overshoot grow with |V|) than a
        // low-voltage one, whose few-ohm curve then carries almost no weight unweighted, yet low and high voltages
        // together are what separate the time constants from the drift voltage (the curvature of sinh(|V|/V_d)).
        var scales = ConditionScales(sweeps, first.Residuals);
        var fit = Minimise(sweeps, scales, template, first.Parameters, 200);
        var device = FittedParameters.FromFree(template, fit.Parameters);

        // The step noise from how the sweeps scatter pulse by pulse about that mean curve (low voltages only). The
        // mean curve itself depends on it a little (a noisy step is clipped at 0 and at the bound, which shifts its
        // mean), so the curve is refitted once with the fitted noise and the noise once more on that curve.
        var stepNoise = StepNoiseFitter.Fit(device, sweeps, seed);
        if (stepNoise is not null)
        {
            template = template with { StepNoiseFraction = stepNoise.StepNoiseFraction };
            fit = Minimise(sweeps, scales, template, fit.Parameters, 200);
            device = FittedParameters.FromFree(template, fit.Parameters);
            stepNoise = StepNoiseFitter.Fit(device, sweeps, seed) ?? stepNoise;
            device = device with { StepNoiseFraction = stepNoise.StepNoiseFraction };
        }

        var scaleOf = sweeps.Select((s, i) => (s.Condition, Scale: scales[i])).DistinctBy(c => c.Condition).ToDictionary(c => c.Condition, c => c.Scale);
        var resampled = FitUncertainty.BootstrapDevices(
            sweeps,
            subset => WithStepNoise(
                FittedParameters.FromFree(template, Minimise(subset, subset.Select(s => scaleOf[s.Condition]).ToArray(), template, fit.Parameters, 60).Parameters),
                subset,
                seed,
                stepNoise is not null),
            bootstrapResamples,
            seed);
        double? BootstrapError(Func<DeviceParameters, double> value) =>
            resampled.Count > 0 ? FitUncertainty.StandardDeviation(resampled.Select(value).ToList()) : null;
        double[] hessian = FitUncertainty.HessianErrors(template, fit);
        var estimates = FittedParameters.All
            .Select((p, i) => new ParameterEstimate(p.JsonName, p.Unit, p.Get(device), hessian[i], BootstrapError(p.Get))
            {
                AtRangeEdge = AtRangeEdge(p, template, fit.Parameters, i),
            })
            .ToList();
        if (stepNoise is not null)
        {
            estimates.Add(new ParameterEstimate(
                StepNoiseField, "-", stepNoise.StepNoiseFraction, stepNoise.StepNoiseFractionError, BootstrapError(d => d.StepNoiseFraction)));
        }

        var stepFractions = sweeps.Select(s => s.Condition).Distinct()
            .Select(c => new StepFractionEstimate(c, StepFraction(device, c), BootstrapError(d => StepFraction(d, c))))
            .ToList();
        double rss = LevenbergMarquardt.SumOfSquares(SweepModel.Residuals(device, sweeps));
        double tss = sweeps.Sum(s =>
        {
            double mean = s.ResistancesOhms.Skip(1).Average();
            return s.ResistancesOhms.Skip(1).Sum(r => (r - mean) * (r - mean));
        });
        return new DeviceFitResult(
            device,
            estimates,
            stepFractions,
            HeldFields(device, stepNoise is null),
            fit.Residuals.Length - 1,
            Math.Sqrt(rss / (fit.Residuals.Length - 1)),
            tss > 0 ? 1 - (rss / tss) : double.NaN,
            fit.Iterations,
            bootstrapResamples)
        {
            StepNoise = stepNoise,
        };
    }

    /// <summary>
    /// True when the field sits at an end of its range: a step of the unconstrained number one way no longer moves the
    /// value (the scaled logit has saturated, or the soft-bound exponent is at its floor of 1.001).
    /// </summary>
    private static bool AtRangeEdge(FittedParameter parameter, DeviceParameters template, double[] free, int index)
    {
        double Value(double shift)
        {
            var moved = (double[])free.Clone();
            moved[index] += shift;
            return parameter.Get(FittedParameters.FromFree(template, moved));
        }

        double value = Value(0);
        double scale = Math.Max(Math.Abs(value), 1e-12);
        return Math.Abs(Value(1) - value) < 1e-9 * scale || Math.Abs(Value(-1) - value) < 1e-9 * scale;
    }

    /// <summary><paramref name="device"/> with the step noise refitted to <paramref name="sweeps"/> when it is fitted at all.</summary>
    private static DeviceParameters WithStepNoise(DeviceParameters device, IReadOnlyList<MeasuredSweep> sweeps, int seed, bool fitted) =>
        fitted && StepNoiseFitter.Fit(device, sweeps, seed) is { } refit ? device with { StepNoiseFraction = refit.StepNoiseFraction } : device;

    private static LevenbergMarquardt.Result Minimise(
        IReadOnlyList<MeasuredSweep> sweeps, IReadOnlyList<double>? scales, DeviceParameters template, double[] start, int maxIterations) =>
        LevenbergMarquardt.Minimise(free => WithDriftPrior(SweepModel.Residuals(FittedParameters.FromFree(template, free), sweeps, scales), free), start, maxIterations);

    /// <summary>
    /// Appends one weak prior term on the drift voltage: log-normal about the paper device's 10 V with a factor-2 sigma.
    /// When |V|/V_d stays small the sinh law is nearly linear, and the time constants and V_d then trade off along a
    /// valley the sweeps cannot see (only sinh(|V|/V_d)/tau matters): the term, worth one read, picks the point of
    /// that valley nearest the paper value and leaves V_d to the data wherever they determine it.
    /// </summary>
    private static double[] WithDriftPrior(double[] residuals, double[] free)
    {
        int drift = DriftIndex;
        var extended = new double[residuals.Length + 1];
        residuals.CopyTo(extended, 0);
        extended[^1] = (free[drift] - Math.Log(DeviceParameters.Paper.DriftScaleVolts)) / Math.Log(2);
        return extended;
    }

    private static int DriftIndex { get; } = FittedParameters.All.ToList().FindIndex(p => p.JsonName == "drift_scale_volts");

    /// <summary>Per sweep, the rms residual of its whole condition (all repetitions), ohm; at least 1 milliohm.</summary>
    private static double[] ConditionScales(IReadOnlyList<MeasuredSweep> sweeps, double[] residuals)
    {
        var sumOfSquares = new Dictionary<SweepCondition, (double Sum, int Count)>();
        int at = 0;
        foreach (var sweep in sweeps)
        {
            var (sum, count) = sumOfSquares.GetValueOrDefault(sweep.Condition);
            for (int pulse = 1; pulse <= sweep.Pulses; pulse++, at++)
            {
                sum += residuals[at] * residuals[at];
            }

            sumOfSquares[sweep.Condition] = (sum, count + sweep.Pulses);
        }

        return sweeps.Select(s => Math.Max(Math.Sqrt(sumOfSquares[s.Condition].Sum / sumOfSquares[s.Condition].Count), 1e-3)).ToArray();
    }

    /// <summary>
    /// The window from the initial reads (potentiation sweeps start at HRS, depression sweeps at LRS, after the +-6 V
    /// initialisation), every other field from the paper device: a start inside the basin of every device tested.
    /// </summary>
    private static DeviceParameters StartingDevice(IReadOnlyList<MeasuredSweep> sweeps, int seed)
    {
        double hrs = Medians.Of(sweeps.Where(s => s.Direction == Direction.Potentiation).Select(s => s.ResistancesOhms[0]));
        double lrs = Medians.Of(sweeps.Where(s => s.Direction == Direction.Depression).Select(s => s.ResistancesOhms[0]));
        if (!(lrs < hrs))
        {
            hrs = sweeps.Max(s => s.ResistancesOhms.Max());
            lrs = sweeps.Min(s => s.ResistancesOhms.Min());
        }

        if (!(lrs < hrs))
        {
            throw new EdgeException(ExitCode.BadInput, "the sweeps do not determine a device: every read has the same resistance.");
        }

        return DeviceParameters.Paper with
        {
            HrsOhm = hrs,
            LrsOhm = lrs,
            Seed = seed,
            StepExponent = 1.1,
            CellResistanceSigmaFraction = 0,
            CellWindowSigmaFraction = 0,
            CellRateSigmaFraction = 0,
        };
    }

    private static double StepFraction(DeviceParameters device, SweepCondition c) =>
        SweepModel.NominalCell(device).StepFraction(c.Direction == Direction.Potentiation ? c.Volts : -c.Volts, c.WidthMs);

    private static Dictionary<string, double> HeldFields(DeviceParameters d, bool stepNoiseHeld)
    {
        var held = new Dictionary<string, double>
        {
            ["step_noise_heating_volts"] = d.StepNoiseHeatingVolts,
            ["diffusion_noise_fraction"] = d.DiffusionNoiseFraction,
            ["overshoot_probability"] = d.OvershootProbability,
            ["overshoot_lrs_ratio"] = d.OvershootLrsRatio,
            ["overshoot_mean_fraction"] = d.OvershootMeanFraction,
            ["depression_overshoot_ratio"] = d.DepressionOvershootRatio,
            ["heat_sink_resistance_kelvin_per_watt"] = d.HeatSinkResistanceKelvinPerWatt,
            ["heat_sink_time_constant_ms"] = d.HeatSinkTimeConstantMs,
            ["activation_energy_ev"] = d.ActivationEnergyElectronVolts,
            ["cell_resistance_sigma_fraction"] = d.CellResistanceSigmaFraction,
            ["cell_window_sigma_fraction"] = d.CellWindowSigmaFraction,
            ["cell_rate_sigma_fraction"] = d.CellRateSigmaFraction,
        };
        if (stepNoiseHeld)
        {
            held[StepNoiseField] = d.StepNoiseFraction;
        }

        return held;
    }
}
