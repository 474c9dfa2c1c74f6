// SPDX-License-Identifier: MIT
using System.Globalization;

namespace Edge.Hardware.Device;

/// <summary>
/// One four-terminal TiO2-x memristor: a normalised vacancy-distribution state x (0 at this cell's LRS, 1 at its HRS)
/// that write pulses on T2/T4 move toward a voltage-dependent bound. Positive volts potentiate (R falls), negative
/// volts depress (R rises). <see cref="ApplyPulse"/> allocates nothing and caches the voltage terms of the last
/// (volts, width) pair, so it costs a few tens of nanoseconds. Read noise is not modelled here: the simulated ADC adds it.
/// </summary>
public sealed class MemristorCell
{
    private readonly SwitchingLaw law;
    private readonly double lrsOhm;
    private readonly double windowOhm;
    private readonly double potentiationTimeConstantMs;
    private readonly double depressionTimeConstantMs;
    private readonly double overshootMeanFraction;
    private readonly double overshootLrsRatio;
    private readonly double depressionOvershootRatio;
    private readonly double lowestState;
    private readonly double highestState;
    private readonly CellHeat heat;
    private CellRandom noise;
    private double state;

    // Voltage terms of the last pulse: FFP tables and identical-pulse sweeps repeat (volts, width) pairs.
    private double cachedVolts = double.NaN;
    private double cachedWidthMs = double.NaN;
    private double cachedStepCoefficient;
    private double cachedStepFraction;
    private double cachedLogStepRemainder;
    private double cachedLogOvershootMiss;
    private double cachedBound;
    private double cachedStepNoise;
    private double cachedOvershootChance;
    private double cachedDiffusionSigma;

    /// <summary>Creates cell <paramref name="cellIndex"/> of a device type; its spread and noise come from (seed, index) only.</summary>
    /// <exception cref="InvalidDataException">The parameters are out of range.</exception>
    public MemristorCell(DeviceParameters parameters, int cellIndex)
        : this(Validated(parameters), new SwitchingLaw(parameters), cellIndex)
    {
    }

    internal MemristorCell(DeviceParameters parameters, SwitchingLaw law, int cellIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellIndex);
        this.law = law;
        Index = cellIndex;
        var spread = new CellRandom(parameters.Seed, cellIndex, stream: 0);

        // Log-normal spreads keep every drawn quantity positive; the median cell is the nominal device.
        lrsOhm = parameters.LrsOhm * Math.Exp(parameters.CellResistanceSigmaFraction * spread.NextNormal());
        windowOhm = parameters.WindowOhm * Math.Exp(parameters.CellWindowSigmaFraction * spread.NextNormal());
        potentiationTimeConstantMs = parameters.PotentiationTimeConstantMs * Math.Exp(parameters.CellRateSigmaFraction * spread.NextNormal());
        depressionTimeConstantMs = parameters.DepressionTimeConstantMs * Math.Exp(parameters.CellRateSigmaFraction * spread.NextNormal());
        overshootMeanFraction = parameters.OvershootMeanFraction;
        overshootLrsRatio = parameters.OvershootLrsRatio;
        depressionOvershootRatio = parameters.DepressionOvershootRatio;
        lowestState = 1.0 - law.BoundCeiling;
        highestState = law.BoundCeiling;
        noise = new CellRandom(parameters.Seed, cellIndex, stream: 1);
        heat = new CellHeat(parameters);

        // A fresh device sits at HRS (as after the paper's -6 V initialisation).
        state = 1.0;
    }

    /// <summary>Position of this cell in its array.</summary>
    public int Index { get; }

    /// <summary>Present resistance T1-T3, ohms (noise-free: the ADC adds read noise).</summary>
    public double ResistanceOhms => lrsOhm + (state * windowOhm);

    /// <summary>This cell's HRS (the bound of -6 V pulses), ohms; differs from the nominal by the cell-to-cell spread.</summary>
    public double HrsOhm => lrsOhm + windowOhm;

    /// <summary>This cell's LRS (the bound of +6 V pulses), ohms.</summary>
    public double LrsOhm => lrsOhm;

    /// <summary>Temperature rise of the cell's heat sink above ambient at the end of its last pulse, K.</summary>
    public double HeatSinkRiseKelvin => heat.RiseKelvin;

    /// <summary>Applies one write pulse on T2/T4 right after the previous one (no cooling pause).</summary>
    /// <inheritdoc cref="ApplyPulse(double, double, double)"/>
    public void ApplyPulse(double volts, double widthMs) => ApplyPulse(volts, widthMs, heat.LastPulseEndMs);

    /// <summary>Applies one write pulse on T2/T4: positive volts potentiate (R falls), negative volts depress (R rises).</summary>
    /// <param name="volts">Pulse amplitude, V; |volts| &lt;= 7 (0 does nothing).</param>
    /// <param name="widthMs">Pulse width, ms, &gt; 0 (paper: 2000 for sweeps, 800 in the FFP loop).</param>
    /// <param name="startMs">Device time the pulse starts, ms: the heat sink cooled since the previous pulse ended.</param>
    /// <exception cref="ArgumentOutOfRangeException">|volts| &gt; 7 V, not finite, or width not positive.</exception>
    public void ApplyPulse(double volts, double widthMs, double startMs)
    {
        if (volts != cachedVolts || widthMs != cachedWidthMs)
        {
            Prepare(volts, widthMs);
        }

        if (volts == 0)
        {
            return;
        }

        // Warmth left from earlier pulses speeds every thermally activated process by the Arrhenius ratio: the drift
        // closes 1 - (1 - k)^rate of the distance instead of k, an overshoot (a rate process too) fires with
        // 1 - (1 - p)^rate, and the diffusion variance grows with the rate.
        double rate = heat.Active ? heat.Pulse(volts, ResistanceOhms, widthMs, startMs) : 1.0;
        double coefficient = cachedStepCoefficient;
        double overshootChance = cachedOvershootChance;
        double diffusionSigma = cachedDiffusionSigma;
        if (rate != 1.0 && cachedStepFraction > 0)
        {
            coefficient *= -double.ExpM1(rate * cachedLogStepRemainder) / cachedStepFraction;
            overshootChance = -double.ExpM1(rate * cachedLogOvershootMiss);
            diffusionSigma *= Math.Sqrt(rate);
        }

        // Work in "distance still to go toward this pulse's bound", so both polarities share one code path.
        double direction = volts > 0 ? -1.0 : 1.0;
        double distance = direction * (cachedBound - state);
        double diffusion = diffusionSigma * noise.NextNormal();
        double progress;
        if (distance > 0)
        {
            if (volts > 0)
            {
                // At equal voltage the potentiation overshoot chance is set larger near HRS (overshoot_lrs_ratio, a
                // behavioural choice); the FFP loop applies its lowest voltages there, so most overshoots still happen
                // near LRS (docs/device-model.md, "Where the skip-prone levels are").
                overshootChance *= overshootLrsRatio + ((1.0 - overshootLrsRatio) * Math.Clamp(state, 0.0, 1.0));
            }

            // Neither drift, overshoot nor heat-driven diffusion carries the state past the pulse's own bound: the
            // bound is where field drift and back-diffusion balance.
            progress = Math.Min(Step(coefficient, distance, overshootChance) + diffusion, distance);
        }
        else
        {
            // At or beyond this pulse's bound (a stronger pulse put it there): no drift; diffusion can only let the
            // distribution relax back toward the bound, the field stops it spreading further out.
            progress = Math.Min(diffusion, 0.0);
        }

        state += direction * progress;
        state = Math.Clamp(state, lowestState, highestState);
    }

    /// <summary>
    /// Noise-free drift of one pulse from <paramref name="resistanceOhms"/>, ohms (negative for potentiation). For tests
    /// and docs only: it omits step noise, diffusion and overshoot, and a calibration must measure instead.
    /// </summary>
    public double ExpectedStepOhms(double resistanceOhms, double volts, double widthMs)
    {
        CheckPulse(volts, widthMs);
        if (volts == 0)
        {
            return 0;
        }

        double x = (resistanceOhms - lrsOhm) / windowOhm;
        double magnitude = Math.Abs(volts);
        double reach = law.ReachFraction(magnitude);
        double direction = volts > 0 ? -1.0 : 1.0;
        double distance = volts > 0 ? x - (1.0 - reach) : reach - x;
        if (distance <= 0)
        {
            return 0;
        }

        double timeConstantMs = volts > 0 ? potentiationTimeConstantMs : depressionTimeConstantMs;
        double coefficient = law.StepCoefficient(law.StepFraction(magnitude, widthMs, timeConstantMs), reach);
        return direction * Math.Min(law.Drift(coefficient, distance), distance) * windowOhm;
    }

    /// <summary>
    /// Mean resistance change of one pulse from <paramref name="resistanceOhms"/> over this cell's own noise, ohms
    /// (negative for potentiation). A model fitted to sweeps averaged over repetitions compares against this, since the
    /// average of many pulses is the mean step, not the noise-free one: the noisy drift D (1 + sigma n) is cut at 0 and
    /// at the distance d to the bound (a Gaussian clipped to [0, d]), and an overshoot closes 1 - exp(-m E D/d) of what
    /// the drift leaves, whose mean is m (D/d) / (1 + m D/d) since E[exp(-a E)] = 1/(1 + a) for E ~ Exp(1). The
    /// diffusion term has zero mean and is left out.
    /// </summary>
    public double MeanStepOhms(double resistanceOhms, double volts, double widthMs)
    {
        double drift = ExpectedStepOhms(resistanceOhms, volts, widthMs);
        if (drift == 0)
        {
            return 0;
        }

        double x = (resistanceOhms - lrsOhm) / windowOhm;
        double magnitude = Math.Abs(volts);
        double reach = law.ReachFraction(magnitude);
        double distance = volts > 0 ? x - (1.0 - reach) : reach - x;
        double driftFraction = Math.Abs(drift) / windowOhm;
        double clipped = ClippedNormalMean(driftFraction, driftFraction * law.StepNoiseFraction(magnitude), distance);
        double chance = volts > 0
            ? law.OvershootChance(magnitude) * (overshootLrsRatio + ((1.0 - overshootLrsRatio) * Math.Clamp(x, 0.0, 1.0)))
            : law.OvershootChance(magnitude) * depressionOvershootRatio;
        double closing = overshootMeanFraction * driftFraction / distance;
        double overshoot = chance * (distance - clipped) * closing / (1.0 + closing);
        return Math.Sign(drift) * (clipped + overshoot) * windowOhm;
    }

    /// <summary>E[min(max(Y, 0), high)] for Y ~ N(mean, sigma^2).</summary>
    private static double ClippedNormalMean(double mean, double sigma, double high)
    {
        if (!(sigma > 0))
        {
            return Math.Clamp(mean, 0, high);
        }

        double alpha = -mean / sigma;
        double beta = (high - mean) / sigma;
        return (mean * (NormalCdf(beta) - NormalCdf(alpha))) + (sigma * (NormalDensity(alpha) - NormalDensity(beta))) + (high * (1 - NormalCdf(beta)));
    }

    private static double NormalDensity(double z) => Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);

    /// <summary>Standard normal CDF by Abramowitz and Stegun 26.2.17 (absolute error below 7.5e-8).</summary>
    private static double NormalCdf(double z)
    {
        double t = 1 / (1 + (0.2316419 * Math.Abs(z)));
        double poly = t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        double tail = NormalDensity(z) * poly;
        return z >= 0 ? 1 - tail : tail;
    }

    /// <summary>
    /// k = 1 - exp(-(w/tau) sinh(|V|/V_d)): the fraction of the distance to the bound one pulse's drift closes from the far
    /// end of the reach (tau of the pulse's polarity). It is what identical-pulse sweeps at one width determine of tau and
    /// V_d, which they cannot separate where sinh is nearly linear.
    /// </summary>
    public double StepFraction(double volts, double widthMs)
    {
        CheckPulse(volts, widthMs);
        return law.StepFraction(Math.Abs(volts), widthMs, volts >= 0 ? potentiationTimeConstantMs : depressionTimeConstantMs);
    }

    /// <summary>This cell's potentiation time constant tau_p, ms (the device's, scaled by the cell-to-cell rate spread).</summary>
    public double PotentiationTimeConstantMs => potentiationTimeConstantMs;

    /// <summary>This cell's depression time constant tau_d, ms.</summary>
    public double DepressionTimeConstantMs => depressionTimeConstantMs;

    /// <summary>The resistance identical pulses of <paramref name="volts"/> saturate toward, ohms (noise-free).</summary>
    public double SaturationBoundOhms(double volts)
    {
        CheckPulse(volts, 1);
        double reach = law.ReachFraction(Math.Abs(volts));
        double x = volts > 0 ? 1.0 - reach : volts < 0 ? reach : state;
        return lrsOhm + (x * windowOhm);
    }

    /// <summary>Puts the cell in a given state (tests and experiments), clamped to the physically reachable range.</summary>
    public void SetResistance(double ohms)
    {
        if (!double.IsFinite(ohms))
        {
            throw new ArgumentOutOfRangeException(nameof(ohms), ohms, "Resistance must be finite.");
        }

        state = Math.Clamp((ohms - lrsOhm) / windowOhm, lowestState, highestState);
    }

    private double Step(double coefficient, double distance, double overshootChance)
    {
        // Cycle-to-cycle variation of the vacancy motion scales each step; it never reverses a step.
        double drift = Math.Min(law.Drift(coefficient, distance), distance);
        double step = Math.Max(drift * (1.0 + (cachedStepNoise * noise.NextNormal())), 0.0);
        if (overshootChance > 0 && noise.NextDouble() < overshootChance)
        {
            // Joule heating: extra thermally activated motion in the pulse's direction that closes a random part of
            // what is left to the bound (mean about overshoot_mean_fraction drift steps when far from it), skipping levels.
            double remaining = Math.Max(distance - step, 0.0);
            step += remaining * (1.0 - Math.Exp(-overshootMeanFraction * noise.NextExponential() * drift / distance));
        }

        return step;
    }

    private void Prepare(double volts, double widthMs)
    {
        CheckPulse(volts, widthMs);
        double magnitude = Math.Abs(volts);
        double reach = law.ReachFraction(magnitude);
        cachedStepFraction = law.StepFraction(magnitude, widthMs, volts >= 0 ? potentiationTimeConstantMs : depressionTimeConstantMs);
        cachedStepCoefficient = law.StepCoefficient(cachedStepFraction, reach);
        if (volts >= 0)
        {
            cachedBound = 1.0 - reach;
            cachedOvershootChance = law.OvershootChance(magnitude);
        }
        else
        {
            cachedBound = reach;
            cachedOvershootChance = law.OvershootChance(magnitude) * depressionOvershootRatio;
        }

        // Only a device with a heat sink scales these by the Arrhenius ratio; the FFP loop prepares almost every pulse.
        if (heat.Active)
        {
            cachedLogStepRemainder = Math.Log(1.0 - cachedStepFraction);
            cachedLogOvershootMiss = Math.Log(1.0 - Math.Min(cachedOvershootChance, 1.0));
        }

        cachedStepNoise = law.StepNoiseFraction(magnitude);
        cachedDiffusionSigma = law.DiffusionSigmaFraction(magnitude, widthMs);
        cachedVolts = volts;
        cachedWidthMs = widthMs;
    }

    private static void CheckPulse(double volts, double widthMs)
    {
        if (!(Math.Abs(volts) <= DeviceParameters.MaxWriteVolts))
        {
            throw new ArgumentOutOfRangeException(
                nameof(volts),
                volts,
                string.Create(CultureInfo.InvariantCulture, $"Write pulses must be within +-{DeviceParameters.MaxWriteVolts} V."));
        }

        if (!(widthMs > 0) || double.IsPositiveInfinity(widthMs))
        {
            throw new ArgumentOutOfRangeException(nameof(widthMs), widthMs, "Pulse width must be a positive finite number of ms.");
        }
    }

    private static DeviceParameters Validated(DeviceParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate("device parameters");
        return parameters;
    }
}
