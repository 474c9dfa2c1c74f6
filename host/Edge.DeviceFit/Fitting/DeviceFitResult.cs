// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Fitting;

/// <summary>What <see cref="DeviceFitter.Fit"/> found.</summary>
/// <param name="Device">The fitted device (what DEVICE.json holds).</param>
/// <param name="Estimates">Every fitted field with its uncertainty.</param>
/// <param name="StepFractions">Per measured condition, the fraction of the distance to the bound one pulse closes: the
/// combination of time constant and drift voltage the sweeps determine best.</param>
/// <param name="Held">Device-file fields the sweeps cannot determine, with the value written for each.</param>
/// <param name="Reads">Reads after a pulse the fit compared (the initial reads are starting points, not data).</param>
/// <param name="RmsResidualOhms">Root mean square of measured minus expected R, ohm.</param>
/// <param name="RSquared">1 - residual / total sum of squares about each sweep's own mean.</param>
/// <param name="Iterations">Levenberg-Marquardt steps of the fit to all sweeps.</param>
/// <param name="BootstrapResamples">Refits behind the bootstrap errors (0 = none).</param>
public sealed record DeviceFitResult(
    DeviceParameters Device,
    IReadOnlyList<ParameterEstimate> Estimates,
    IReadOnlyList<StepFractionEstimate> StepFractions,
    IReadOnlyDictionary<string, double> Held,
    int Reads,
    double RmsResidualOhms,
    double RSquared,
    int Iterations,
    int BootstrapResamples)
{
    /// <summary>The step-noise fit behind step_noise_fraction, or null when the sweeps had too few low-voltage conditions (then held).</summary>
    public StepNoiseFit? StepNoise { get; init; }
}
