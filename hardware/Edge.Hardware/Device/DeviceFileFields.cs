// SPDX-License-Identifier: MIT
using System.Globalization;

namespace Edge.Hardware.Device;

/// <summary>The device-file schema (every numeric field in file order) and the range checks shared by file and code.</summary>
internal static class DeviceFileFields
{
    public const string Seed = "seed";

    public static readonly DeviceField Hrs = new(
        "hrs_ohm", "high-resistance state, ohms", 0, false, double.PositiveInfinity, p => p.HrsOhm, (p, v) => p with { HrsOhm = v });

    public static readonly DeviceField Lrs = new(
        "lrs_ohm", "low-resistance state, ohms (below hrs_ohm)", 0, false, double.PositiveInfinity, p => p.LrsOhm, (p, v) => p with { LrsOhm = v });

    /// <summary>Optional fields; a missing one keeps the paper device's value.</summary>
    public static readonly DeviceField[] Optional =
    [
        new("potentiation_time_constant_ms", "potentiation time constant, ms", 0, false, double.PositiveInfinity,
            p => p.PotentiationTimeConstantMs, (p, v) => p with { PotentiationTimeConstantMs = v }),
        new("depression_time_constant_ms", "depression time constant, ms", 0, false, double.PositiveInfinity,
            p => p.DepressionTimeConstantMs, (p, v) => p with { DepressionTimeConstantMs = v }),
        new("drift_scale_volts", "sinh drift voltage scale, V", 0, false, double.PositiveInfinity,
            p => p.DriftScaleVolts, (p, v) => p with { DriftScaleVolts = v }),
        new("full_window_volts", "|V| whose bound is the window edge, V", 0, false, DeviceParameters.MaxWriteVolts,
            p => p.FullWindowVolts, (p, v) => p with { FullWindowVolts = v }),
        new("bound_exponent", "exponent of the bound-versus-voltage law", 0, false, 10,
            p => p.BoundExponent, (p, v) => p with { BoundExponent = v }),
        new("bound_overreach_fraction", "reach beyond the window at high voltage, fraction of window", 0, false, 0.5,
            p => p.BoundOverreachFraction, (p, v) => p with { BoundOverreachFraction = v }),
        new("step_exponent", "soft-bound exponent of the step law", 1, true, 10,
            p => p.StepExponent, (p, v) => p with { StepExponent = v }),
        new("step_noise_fraction", "relative sigma of each drift step at low voltage", 0, true, 1,
            p => p.StepNoiseFraction, (p, v) => p with { StepNoiseFraction = v }),
        new("step_noise_heating_volts", "|V| at which heating doubles the step noise, V", 0, false, double.PositiveInfinity,
            p => p.StepNoiseHeatingVolts, (p, v) => p with { StepNoiseHeatingVolts = v }),
        new("diffusion_noise_fraction", "additive sigma of a 1 V 1000 ms pulse, fraction of window", 0, true, 0.1,
            p => p.DiffusionNoiseFraction, (p, v) => p with { DiffusionNoiseFraction = v }),
        new("overshoot_probability", "overshoot probability of a 7 V potentiation pulse at HRS", 0, true, 1,
            p => p.OvershootProbability, (p, v) => p with { OvershootProbability = v }),
        new("overshoot_lrs_ratio", "potentiation overshoot probability at LRS relative to HRS", 0, true, 1,
            p => p.OvershootLrsRatio, (p, v) => p with { OvershootLrsRatio = v }),
        new("overshoot_mean_fraction", "mean overshoot, multiple of the drift step", 0, true, 100,
            p => p.OvershootMeanFraction, (p, v) => p with { OvershootMeanFraction = v }),
        new("depression_overshoot_ratio", "depression overshoot probability relative to potentiation at HRS", 0, true, 1,
            p => p.DepressionOvershootRatio, (p, v) => p with { DepressionOvershootRatio = v }),
        new("heat_sink_resistance_kelvin_per_watt", "thermal resistance of the heat sink to ambient, K/W (0 = no slow thermal state)", 0, true, 1e5,
            p => p.HeatSinkResistanceKelvinPerWatt, (p, v) => p with { HeatSinkResistanceKelvinPerWatt = v }),
        new("heat_sink_time_constant_ms", "thermal time constant of the heat sink, ms", 0, true, 1e7,
            p => p.HeatSinkTimeConstantMs, (p, v) => p with { HeatSinkTimeConstantMs = v }),
        new("activation_energy_ev", "activation energy of oxygen-vacancy motion, eV", 0, true, 5,
            p => p.ActivationEnergyElectronVolts, (p, v) => p with { ActivationEnergyElectronVolts = v }),
        new("cell_resistance_sigma_fraction", "cell-to-cell relative sigma of the resistance level", 0, true, 0.5,
            p => p.CellResistanceSigmaFraction, (p, v) => p with { CellResistanceSigmaFraction = v }),
        new("cell_window_sigma_fraction", "cell-to-cell relative sigma of the window width", 0, true, 0.5,
            p => p.CellWindowSigmaFraction, (p, v) => p with { CellWindowSigmaFraction = v }),
        new("cell_rate_sigma_fraction", "cell-to-cell relative sigma of the switching rate", 0, true, 2,
            p => p.CellRateSigmaFraction, (p, v) => p with { CellRateSigmaFraction = v }),
    ];

    /// <summary>Every JSON field name, in file order.</summary>
    public static IEnumerable<string> AllNames()
    {
        yield return Hrs.JsonName;
        yield return Lrs.JsonName;
        yield return Seed;
        foreach (DeviceField field in Optional)
        {
            yield return field.JsonName;
        }
    }

    public static DeviceField? Find(string jsonName)
    {
        if (jsonName == Hrs.JsonName)
        {
            return Hrs;
        }

        if (jsonName == Lrs.JsonName)
        {
            return Lrs;
        }

        foreach (DeviceField field in Optional)
        {
            if (field.JsonName == jsonName)
            {
                return field;
            }
        }

        return null;
    }

    public static void Validate(DeviceParameters parameters, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Check(Hrs, parameters, sourceName);
        Check(Lrs, parameters, sourceName);
        if (parameters.LrsOhm >= parameters.HrsOhm)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"{sourceName}: field '{Lrs.JsonName}' = {parameters.LrsOhm} must be below '{Hrs.JsonName}' = {parameters.HrsOhm} (the low-resistance state is the lower one, e.g. 740 and 880)."));
        }

        if (parameters.Seed < 0)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"{sourceName}: field '{Seed}' = {parameters.Seed} must be an integer from 0 to {int.MaxValue}."));
        }

        foreach (DeviceField field in Optional)
        {
            Check(field, parameters, sourceName);
        }
    }

    private static void Check(DeviceField field, DeviceParameters parameters, string sourceName)
    {
        double value = field.Get(parameters);
        if (!field.Accepts(value))
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"{sourceName}: field '{field.JsonName}' = {value} is out of range; it must be {field.RangeText()} ({field.Meaning})."));
        }
    }
}
