// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;
using Edge.DeviceFit.Fitting;
using Edge.DeviceFit.Sweeps;

namespace Edge.DeviceFit;

/// <summary>The fit report written next to the device file (snake_case JSON, docs/device-model.md "Bring your device").</summary>
public sealed record DeviceFitReport
{
    /// <summary>The sweeps CSV the fit read.</summary>
    public required string SweepsFile { get; init; }

    /// <summary>The device file written.</summary>
    public required string DeviceFile { get; init; }

    /// <summary>Sweeps read.</summary>
    public required int Sweeps { get; init; }

    /// <summary>(direction, voltage, width) conditions.</summary>
    public required int Conditions { get; init; }

    /// <summary>Reads after a pulse compared with the model.</summary>
    public required int Reads { get; init; }

    /// <summary>Every fitted field: value and standard errors.</summary>
    public required IReadOnlyList<Parameter> Parameters { get; init; }

    /// <summary>Per condition, the step fraction one pulse closes (what the sweeps determine of the time constants and V_d).</summary>
    public required IReadOnlyList<StepFraction> StepFractions { get; init; }

    /// <summary>How step_noise_fraction was fitted (null when it is held: too few sweeps at or below 3 V).</summary>
    public required StepNoiseCheck? StepNoise { get; init; }

    /// <summary>Fields the sweeps cannot determine and the values written for them.</summary>
    public required IReadOnlyDictionary<string, double> Held { get; init; }

    /// <summary>Goodness of fit.</summary>
    public required Goodness GoodnessOfFit { get; init; }

    /// <summary>Measured against simulated saturation levels.</summary>
    public required Saturation SaturationLevels { get; init; }

    /// <summary>Overlay plots (PNG; an SVG sits beside each).</summary>
    public required IReadOnlyList<string> Plots { get; init; }

    /// <summary>One fitted field (<c>at_range_edge</c>: it sits at an end of the field's range, so its errors say nothing).</summary>
    public sealed record Parameter(string Name, string Unit, double Value, double StandardErrorHessian, double? StandardErrorBootstrap, bool AtRangeEdge);

    /// <summary>One condition's step fraction.</summary>
    public sealed record StepFraction(string Direction, double Volts, double WidthMs, double Value, double? StandardErrorBootstrap);

    /// <summary>
    /// The step-noise fit: conditions compared, the highest voltage among them, the sweeps' own read noise (ohm rms, not
    /// written to the device) and the rms of ln(simulated / measured median relative increment residual) over the conditions.
    /// </summary>
    public sealed record StepNoiseCheck(int Conditions, double HighestVolts, double ReadNoiseOhm, double RmsLogRatio);

    /// <summary>How well the mean curves match the reads.</summary>
    public sealed record Goodness(double RmsResidualOhm, double RSquared, int Iterations, int BootstrapResamples);

    /// <summary>The saturation-level check (<see cref="SaturationCheck"/>).</summary>
    public sealed record Saturation(double RmsOhm, int EndReads, IReadOnlyList<Level> Levels);

    /// <summary>One condition's level, measured and simulated.</summary>
    public sealed record Level(string Direction, double Volts, double WidthMs, double MeasuredOhm, double SimulatedOhm);

    /// <summary>Builds the report from a fit and its check.</summary>
    public static DeviceFitReport From(
        string sweepsFile, string deviceFile, int sweeps, DeviceFitResult fit, SaturationCheck.Result check, IReadOnlyList<string> plots)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(check);
        return new DeviceFitReport
        {
            SweepsFile = sweepsFile,
            DeviceFile = deviceFile,
            Sweeps = sweeps,
            Conditions = check.Levels.Count,
            Reads = fit.Reads,
            Parameters = fit.Estimates.Select(e => new Parameter(e.Name, e.Unit, e.Value, e.HessianStandardError, e.BootstrapStandardError, e.AtRangeEdge)).ToList(),
            StepFractions = fit.StepFractions
                .Select(k => new StepFraction(DirectionNames.Of(k.Condition.Direction), k.Condition.Volts, k.Condition.WidthMs, k.Value, k.BootstrapStandardError))
                .ToList(),
            StepNoise = fit.StepNoise is { } noise
                ? new StepNoiseCheck(noise.Conditions, StepNoiseFitter.HighestVolts, noise.ReadNoiseOhms, noise.RmsLogRatio)
                : null,
            Held = fit.Held,
            GoodnessOfFit = new Goodness(fit.RmsResidualOhms, fit.RSquared, fit.Iterations, fit.BootstrapResamples),
            SaturationLevels = new Saturation(
                check.RmsOhms,
                SaturationCheck.EndReads,
                check.Levels.Select(l => new Level(
                    DirectionNames.Of(l.Condition.Direction), l.Condition.Volts, l.Condition.WidthMs, l.MeasuredOhms, l.SimulatedOhms)).ToList()),
            Plots = plots,
        };
    }
}
