// SPDX-License-Identifier: MIT
using Edge.Shared.Protocol;

namespace Edge.Hardware.Device;

/// <summary>
/// Everything the behavioural model needs to know about one kind of four-terminal TiO2-x memristor. Only the window
/// (<see cref="HrsOhm"/>, <see cref="LrsOhm"/>) and the <see cref="Seed"/> are required; every other field defaults
/// to the paper device and is expressed relative to the window (fractions of HRS-LRS, voltages, times), so the model
/// scales its dynamics to any window. The JSON form (snake_case) is described in docs/device-model.md.
/// </summary>
public sealed record DeviceParameters
{
    /// <summary>The highest write magnitude the controller ever sends, V; the model is calibrated up to it.</summary>
    public const double MaxWriteVolts = HardLimits.MaxWriteVolts;

    /// <summary>High-resistance state reached by a -6 V initialisation loop, ohms (paper: 880). JSON: hrs_ohm.</summary>
    public required double HrsOhm { get; init; }

    /// <summary>Low-resistance state reached by a +6 V initialisation loop, ohms (paper: 740). JSON: lrs_ohm.</summary>
    public required double LrsOhm { get; init; }

    /// <summary>Seed of every random draw (cell-to-cell spread and cycle-to-cycle noise), &gt;= 0. JSON: seed.</summary>
    public required int Seed { get; init; }

    /// <summary>
    /// Time constant tau_p of potentiation (positive pulses) at the drift-voltage scale, ms: the fraction of the
    /// distance to the bound closed by one pulse is 1 - exp(-(width/tau_p) sinh(|V|/V_d)).
    /// </summary>
    public double PotentiationTimeConstantMs { get; init; } = 2000;

    /// <summary>Time constant tau_d of depression (negative pulses), ms. Shorter than tau_p: depression needs lower
    /// voltages for the same step, as the paper's lower depression power (114.6 vs 240.7 mW) suggests.</summary>
    public double DepressionTimeConstantMs { get; init; } = 1500;

    /// <summary>Voltage scale V_d of the sinh ion-drift law (hopping field term), V.</summary>
    public double DriftScaleVolts { get; init; } = 10.0;

    /// <summary>|V| whose saturation bound is exactly the window edge (the +-6 V initialisation loop), V.</summary>
    public double FullWindowVolts { get; init; } = 6.0;

    /// <summary>Exponent beta of the bound-versus-voltage law (how fast the reachable range grows with |V|).</summary>
    public double BoundExponent { get; init; } = 1.5;

    /// <summary>How far beyond HRS/LRS the bound can move at very high voltage, fraction of the window (&gt; 0).</summary>
    public double BoundOverreachFraction { get; init; } = 0.08;

    /// <summary>
    /// Exponent gamma of the soft bound: one pulse moves the state by k g (d/g)^gamma, d the distance still to go to the
    /// bound and g the reach at this |V|; gamma &gt; 1 makes identical-pulse curves bend over gradually (paper Fig. 2a).
    /// </summary>
    public double StepExponent { get; init; } = 1.0;

    /// <summary>Relative standard deviation of each pulse's drift step at low |V| (cycle-to-cycle variation of the ion motion).</summary>
    public double StepNoiseFraction { get; init; } = 0.15;

    /// <summary>
    /// |V| at which Joule heating has doubled the step noise, V: the relative sigma is
    /// step_noise_fraction (1 + (|V|/V_h)^2), so wide-range (high-voltage) switching is less reproducible (paper Fig. 2b).
    /// </summary>
    public double StepNoiseHeatingVolts { get; init; } = 5.0;

    /// <summary>
    /// Standard deviation of the additive (thermal diffusion) state change of one 1 V, 1000 ms pulse, fraction of the
    /// window; it grows in proportion to |V| (Joule heating) and to sqrt(width).
    /// </summary>
    public double DiffusionNoiseFraction { get; init; } = 1.0e-4;

    /// <summary>
    /// Probability that a 7 V potentiation pulse at HRS overshoots (0..1); it scales with (|V|/7 V)^2 (Joule power).
    /// </summary>
    public double OvershootProbability { get; init; } = 0.8;

    /// <summary>Potentiation overshoot probability at LRS relative to HRS (0..1): overshoot is strongest near HRS.</summary>
    public double OvershootLrsRatio { get; init; } = 0.5;

    /// <summary>
    /// Size of an overshoot: it closes 1 - exp(-m E k) of what is left to the bound (E ~ Exp(1), k the drift step over
    /// the distance), i.e. about m drift steps when far from the bound, never past it.
    /// </summary>
    public double OvershootMeanFraction { get; init; } = 4.0;

    /// <summary>Depression overshoot probability relative to potentiation at HRS and the same |V| (0..1).</summary>
    public double DepressionOvershootRatio { get; init; } = 0.1;

    /// <summary>
    /// Thermal resistance R_th from the cell's heat sink (the chip and its mount) to ambient, K/W; 0 = no slow thermal
    /// state. A write pulse of power V^2 / R warms it toward P R_th with <see cref="HeatSinkTimeConstantMs"/>. Default:
    /// a 0.5 mm thick, 5 x 5 mm rutile chip (k about 8 W/m K: 2.5 K/W through the chip) on a probe-station chuck in air,
    /// whose contact dominates; of order 20 K/W. JSON: heat_sink_resistance_kelvin_per_watt.
    /// </summary>
    public double HeatSinkResistanceKelvinPerWatt { get; init; } = 20;

    /// <summary>
    /// Time constant R_th C_th of the heat sink, ms: how long the warmth of earlier pulses lasts. Default: C_th of that
    /// chip (about 0.037 J/K: 4250 kg/m^3 x 690 J/kg K x 12.5 mm^3) times 20 K/W, about 740 ms. JSON:
    /// heat_sink_time_constant_ms.
    /// </summary>
    public double HeatSinkTimeConstantMs { get; init; } = 740;

    /// <summary>
    /// Activation energy E_a of oxygen-vacancy motion, eV: the ion-motion rate goes as exp(-E_a / k T), so a cell warmer
    /// than its present pulse alone keeps it moves faster. Default 1.0 eV, of the order reported for oxygen-vacancy
    /// migration in TiO2 (0.5 to 1.1 eV). JSON: activation_energy_ev.
    /// </summary>
    public double ActivationEnergyElectronVolts { get; init; } = 1.0;

    /// <summary>Cell-to-cell log-normal spread of the resistance level (LRS and HRS together), relative sigma.</summary>
    public double CellResistanceSigmaFraction { get; init; } = 0.003;

    /// <summary>Cell-to-cell log-normal spread of the window width HRS-LRS, relative sigma.</summary>
    public double CellWindowSigmaFraction { get; init; } = 0.02;

    /// <summary>Cell-to-cell log-normal spread of the switching rate (each direction drawn separately), relative sigma.</summary>
    public double CellRateSigmaFraction { get; init; } = 0.1;

    /// <summary>Window width HRS - LRS, ohms.</summary>
    public double WindowOhm => HrsOhm - LrsOhm;

    /// <summary>The paper device: HRS 880 ohm, LRS 740 ohm (ratio 1.19), seed 1 (also in hardware/devices/paper-tio2.json).</summary>
    public static DeviceParameters Paper { get; } = new() { HrsOhm = 880, LrsOhm = 740, Seed = 1 };

    /// <summary>Reads and validates a device file.</summary>
    /// <exception cref="System.IO.InvalidDataException">The file is malformed; the message names the file, the field and what would be right.</exception>
    /// <exception cref="System.IO.FileNotFoundException">The file does not exist.</exception>
    public static DeviceParameters Load(string path) => DeviceFile.Load(path);

    /// <summary>Parses and validates device-file JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="System.IO.InvalidDataException">The JSON is malformed; the message names the source, the field and what would be right.</exception>
    public static DeviceParameters Parse(string json, string sourceName) => DeviceFile.Parse(json, sourceName);

    /// <summary>This device as device-file JSON (snake_case, every field).</summary>
    public string ToJson() => DeviceFile.ToJson(this);

    /// <summary>Checks every field's range and that LRS is below HRS.</summary>
    /// <exception cref="System.IO.InvalidDataException">A field is out of range; the message names <paramref name="sourceName"/> and the field.</exception>
    public void Validate(string sourceName) => DeviceFileFields.Validate(this, sourceName);
}
