// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// The device-model fields identical-pulse sweeps of one cell determine, in the order the optimiser holds them. The
/// window (LRS and HRS - LRS) and the bound law (full-window voltage, exponent, overreach) set where each voltage's
/// sweeps saturate; the time constants, drift voltage and soft-bound exponent set how fast and in what shape they get
/// there. The noise, overshoot and cell-to-cell fields are not among them (see <see cref="DeviceFitter"/>).
/// </summary>
public static class FittedParameters
{
    /// <summary>The soft-bound exponent is at least 1; the fit holds it within 1 + 1e-3 .. 10.</summary>
    private const double MinimumStepExcess = 1e-3;

    /// <summary>Every fitted field.</summary>
    public static IReadOnlyList<FittedParameter> All { get; } =
    [
        new("lrs_ohm", "ohm", p => Math.Log(p.LrsOhm), (p, v) => p with { LrsOhm = Math.Exp(v), HrsOhm = Math.Exp(v) + p.WindowOhm }, p => p.LrsOhm),
        new("hrs_ohm", "ohm", p => Math.Log(p.WindowOhm), (p, v) => p with { HrsOhm = p.LrsOhm + Math.Exp(v) }, p => p.HrsOhm),
        Positive("potentiation_time_constant_ms", "ms", p => p.PotentiationTimeConstantMs, (p, v) => p with { PotentiationTimeConstantMs = v }),
        Positive("depression_time_constant_ms", "ms", p => p.DepressionTimeConstantMs, (p, v) => p with { DepressionTimeConstantMs = v }),
        Positive("drift_scale_volts", "V", p => p.DriftScaleVolts, (p, v) => p with { DriftScaleVolts = v }),
        Bounded("full_window_volts", "V", 0, DeviceParameters.MaxWriteVolts, p => p.FullWindowVolts, (p, v) => p with { FullWindowVolts = v }),
        Bounded("bound_exponent", "-", 0, 10, p => p.BoundExponent, (p, v) => p with { BoundExponent = v }),
        Bounded("bound_overreach_fraction", "window", 0, 0.5, p => p.BoundOverreachFraction, (p, v) => p with { BoundOverreachFraction = v }),
        new(
            "step_exponent",
            "-",
            p => Math.Log(Math.Max(p.StepExponent - 1, MinimumStepExcess)),
            (p, v) => p with { StepExponent = 1 + Math.Clamp(Math.Exp(v), MinimumStepExcess, 9) },
            p => p.StepExponent),
    ];

    /// <summary>The unconstrained vector of <paramref name="device"/>.</summary>
    public static double[] ToFree(DeviceParameters device) => All.Select(f => f.ToFree(device)).ToArray();

    /// <summary><paramref name="template"/> with every fitted field set from <paramref name="free"/>.</summary>
    public static DeviceParameters FromFree(DeviceParameters template, IReadOnlyList<double> free)
    {
        var device = template;
        for (int i = 0; i < All.Count; i++)
        {
            device = All[i].FromFree(device, free[i]);
        }

        return device;
    }

    private static FittedParameter Positive(string name, string unit, Func<DeviceParameters, double> get, Func<DeviceParameters, double, DeviceParameters> set) =>
        new(name, unit, p => Math.Log(get(p)), (p, v) => set(p, Math.Exp(v)), get);

    private static FittedParameter Bounded(
        string name, string unit, double low, double high, Func<DeviceParameters, double> get, Func<DeviceParameters, double, DeviceParameters> set)
    {
        // A scaled logit, with the ends pulled in by 1e-9 of the range so the value stays strictly inside the field's range.
        double span = high - low;
        return new(
            name,
            unit,
            p =>
            {
                double u = Math.Clamp((get(p) - low) / span, 1e-9, 1 - 1e-9);
                return Math.Log(u / (1 - u));
            },
            (p, v) => set(p, low + (span * Math.Clamp(1 / (1 + Math.Exp(-v)), 1e-9, 1 - 1e-9))),
            get);
    }
}
