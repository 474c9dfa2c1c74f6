// SPDX-License-Identifier: MIT
namespace Edge.DeviceFit.Fitting;

/// <summary>What <see cref="StepNoiseFitter.Fit"/> found.</summary>
/// <param name="StepNoiseFraction">sigma_0: relative sigma of a drift step at low |V| (device field step_noise_fraction).</param>
/// <param name="StepNoiseFractionError">Its standard error (least-squares curvature of the fit).</param>
/// <param name="ReadNoiseOhms">The measurement's own read noise, ohm rms, from the sweeps' ends (a property of the bench, not written to the device).</param>
/// <param name="Conditions">Conditions the fit compared (those at or below <see cref="StepNoiseFitter.HighestVolts"/>).</param>
/// <param name="RmsLogRatio">Root mean square over them of ln(simulated / measured median relative increment residual).</param>
public sealed record StepNoiseFit(double StepNoiseFraction, double StepNoiseFractionError, double ReadNoiseOhms, int Conditions, double RmsLogRatio);
