// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Device;

/// <summary>
/// The voltage dependence of the switching physics, shared by every cell of one device type. The state x is the
/// normalised position in the window (0 = LRS, 1 = HRS); equations and their physical reading are in
/// docs/device-model.md.
/// </summary>
internal sealed class SwitchingLaw
{
    private const int TermCount = 4;
    private const double StepsPerVolt = 1024;
    private const int TableSteps = (int)(DeviceParameters.MaxWriteVolts * StepsPerVolt);

    // Interleaved (reach, drive, overshoot chance, step noise) per 1/1024 V, so one pulse touches one cache line.
    private readonly double[] terms;
    private readonly double inverseDriftScaleVolts;
    private readonly double inverseFullWindowVolts;
    private readonly double boundExponent;
    private readonly double boundShape;
    private readonly double overshootProbability;
    private readonly double stepNoiseFraction;
    private readonly double inverseHeatingVoltsSquared;
    private readonly double diffusionFractionPerVoltRootMs;
    private readonly double stepExponent;

    public SwitchingLaw(DeviceParameters parameters)
    {
        inverseDriftScaleVolts = 1.0 / parameters.DriftScaleVolts;
        inverseFullWindowVolts = 1.0 / parameters.FullWindowVolts;
        boundExponent = parameters.BoundExponent;
        stepExponent = parameters.StepExponent;
        BoundCeiling = 1.0 + parameters.BoundOverreachFraction;

        // g(V_full) = 1 exactly: the +-6 V initialisation loop ends at HRS / LRS.
        boundShape = -Math.Log(1.0 - (1.0 / BoundCeiling));
        overshootProbability = parameters.OvershootProbability;
        stepNoiseFraction = parameters.StepNoiseFraction;
        inverseHeatingVoltsSquared = 1.0 / (parameters.StepNoiseHeatingVolts * parameters.StepNoiseHeatingVolts);
        diffusionFractionPerVoltRootMs = parameters.DiffusionNoiseFraction / Math.Sqrt(1000.0);

        // Tabulate the voltage terms once per device type: a pulse at a new voltage then costs an interpolation
        // instead of pow/exp/sinh (the FFP loop changes voltage almost every pulse). At 1/1024 V spacing the
        // interpolation error is below 1e-6 of the window in reach and below 1e-6 relative elsewhere.
        terms = new double[(TableSteps + 2) * TermCount];
        for (int index = 0; index <= TableSteps + 1; index++)
        {
            double volts = index / StepsPerVolt;
            terms[(index * TermCount) + 0] = ComputeReachFraction(volts);
            terms[(index * TermCount) + 1] = ComputeDriftDrive(volts);
            terms[(index * TermCount) + 2] = ComputeOvershootChance(volts);
            terms[(index * TermCount) + 3] = ComputeStepNoiseFraction(volts);
        }
    }

    private double Interpolate(double magnitudeVolts, int term)
    {
        double position = magnitudeVolts * StepsPerVolt;
        int index = (int)position;
        if ((uint)index >= TableSteps + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(magnitudeVolts), magnitudeVolts, "Write pulses must be within +-7 V.");
        }

        double fraction = position - index;
        int at = (index * TermCount) + term;
        return terms[at] + (fraction * (terms[at + TermCount] - terms[at]));
    }

    /// <summary>G = 1 + overreach: the largest reachable fraction of the window, approached at very high |V|.</summary>
    public double BoundCeiling { get; }

    /// <summary>
    /// g(|V|) = G (1 - exp(-c (|V|/V_full)^beta)): the fraction of the window one polarity can cross at this |V|.
    /// Potentiation saturates at x = 1 - g, depression at x = g.
    /// </summary>
    public double ReachFraction(double magnitudeVolts) => Interpolate(magnitudeVolts, 0);

    private double ComputeReachFraction(double magnitudeVolts) =>
        BoundCeiling * (1.0 - Math.Exp(-boundShape * Math.Pow(magnitudeVolts * inverseFullWindowVolts, boundExponent)));

    /// <summary>sinh(|V|/V_d): ion hopping rate under field (Mott-Gurney / Strukov nonlinear drift), relative units.</summary>
    public double DriftDrive(double magnitudeVolts) => Interpolate(magnitudeVolts, 1);

    private double ComputeDriftDrive(double magnitudeVolts) => Math.Sinh(magnitudeVolts * inverseDriftScaleVolts);

    /// <summary>Fraction of the distance to the bound one pulse closes: 1 - exp(-(width/tau) sinh(|V|/V_d)).</summary>
    public double StepFraction(double magnitudeVolts, double widthMs, double timeConstantMs) =>
        1.0 - Math.Exp(-(widthMs / timeConstantMs) * DriftDrive(magnitudeVolts));

    /// <summary>
    /// Soft-bound step coefficient a for one (|V|, width) from its <see cref="StepFraction"/> k and reach g: a pulse moves
    /// the state by a d^gamma, a = k / g^(gamma-1), so the first pulse from the far end (d = g) moves k g and the approach
    /// to the bound slows as (d/g)^gamma.
    /// </summary>
    public double StepCoefficient(double stepFraction, double reach) =>
        reach > 0 ? stepFraction / Math.Pow(reach, stepExponent - 1.0) : 0;

    /// <summary>Noise-free state change a d^gamma for distance d &gt; 0 to the bound (gamma = 2 and 1 avoid Math.Pow).</summary>
    public double Drift(double coefficient, double distance) =>
        stepExponent == 2.0 ? coefficient * distance * distance
        : stepExponent == 1.0 ? coefficient * distance
        : coefficient * Math.Pow(distance, stepExponent);

    /// <summary>Potentiation overshoot probability at HRS for this |V|: p (|V|/7 V)^2, since Joule power goes as V^2.</summary>
    public double OvershootChance(double magnitudeVolts) => Interpolate(magnitudeVolts, 2);

    private double ComputeOvershootChance(double magnitudeVolts)
    {
        double relative = magnitudeVolts / DeviceParameters.MaxWriteVolts;
        return overshootProbability * Math.Min(relative * relative, 1.0);
    }

    /// <summary>Relative sigma of a drift step: sigma_0 (1 + (|V|/V_h)^2); heating randomises the ion motion.</summary>
    public double StepNoiseFraction(double magnitudeVolts) => Interpolate(magnitudeVolts, 3);

    private double ComputeStepNoiseFraction(double magnitudeVolts) =>
        stepNoiseFraction * (1.0 + (magnitudeVolts * magnitudeVolts * inverseHeatingVoltsSquared));

    /// <summary>Sigma of the additive thermal-diffusion state change, fraction of window: grows with |V| and sqrt(width).</summary>
    public double DiffusionSigmaFraction(double magnitudeVolts, double widthMs) =>
        diffusionFractionPerVoltRootMs * magnitudeVolts * Math.Sqrt(widthMs);
}
