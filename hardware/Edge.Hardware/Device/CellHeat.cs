// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Device;

/// <summary>
/// The slow thermal state of one cell: how far its heat sink (the chip and its mount) sits above ambient, as one lumped
/// node with thermal resistance R_th to ambient and time constant tau_th. A write pulse dissipates P = V^2 / R (R the
/// cell's present resistance); during the pulse the node relaxes toward P R_th, between pulses toward 0.
/// <para>
/// Why only the slow node: the heated film itself (15 um on the rutile substrate) settles within tens of microseconds,
/// so its temperature during a 0.1-2 s pulse is a function of (V, R) that the identical-pulse sweeps, and the switching
/// law fitted to them, already contain. What the sweeps cannot contain is history: a cell still warm from earlier,
/// stronger pulses (the +-6 V initialisation) or cooled during a pause moves its ions faster or slower than the law
/// says. <see cref="Pulse"/> returns that ratio: the Arrhenius rate at the pulse's mean temperature over the rate at
/// the temperature a long train of the same pulses would reach.
/// </para>
/// </summary>
internal sealed class CellHeat
{
    /// <summary>Ambient temperature, K (the paper measured at room temperature in air).</summary>
    public const double AmbientKelvin = 300.0;

    private const double BoltzmannElectronVoltsPerKelvin = 8.617333262e-5;

    private readonly double thermalResistanceKelvinPerWatt;
    private readonly double timeConstantMs;
    private readonly double activationKelvin;
    private double riseKelvin;
    private double lastMs;

    // The pulse width and pause of the last pulse repeat in every loop (same width, same read between pulses): their
    // exponentials are cached.
    private double cachedWidthMs = double.NaN;
    private double cachedDecay;
    private double cachedMeanWeight;
    private double cachedIdleMs = double.NaN;
    private double cachedCooling;

    public CellHeat(DeviceParameters parameters)
    {
        thermalResistanceKelvinPerWatt = parameters.HeatSinkResistanceKelvinPerWatt;
        timeConstantMs = parameters.HeatSinkTimeConstantMs;
        activationKelvin = parameters.ActivationEnergyElectronVolts / BoltzmannElectronVoltsPerKelvin;
    }

    /// <summary>False when the device has no slow thermal node (zero resistance or time constant): every ratio is 1.</summary>
    public bool Active => thermalResistanceKelvinPerWatt > 0 && timeConstantMs > 0;

    /// <summary>Temperature rise of the node above ambient at the end of the last pulse, K.</summary>
    public double RiseKelvin => riseKelvin;

    /// <summary>Device time at the end of the last pulse, ms.</summary>
    public double LastPulseEndMs => lastMs;

    /// <summary>
    /// Heats the node by one pulse of <paramref name="volts"/> into <paramref name="ohms"/> for <paramref name="widthMs"/>
    /// starting at device time <paramref name="startMs"/> (it cooled since the last pulse), and returns the ion-motion
    /// rate ratio exp((E_a / k) (1 / T_steady - 1 / T_mean)): above 1 when the cell is warmer than this pulse alone would
    /// keep it, below 1 when cooler.
    /// </summary>
    public double Pulse(double volts, double ohms, double widthMs, double startMs)
    {
        double idleMs = Math.Max(startMs - lastMs, 0.0);
        if (idleMs != cachedIdleMs)
        {
            cachedIdleMs = idleMs;
            cachedCooling = Math.Exp(-idleMs / timeConstantMs);
        }

        if (widthMs != cachedWidthMs)
        {
            cachedWidthMs = widthMs;
            cachedDecay = Math.Exp(-widthMs / timeConstantMs);
            cachedMeanWeight = timeConstantMs / widthMs * (1.0 - cachedDecay);
        }

        double start = riseKelvin * cachedCooling;
        double steady = volts * volts / ohms * thermalResistanceKelvinPerWatt;

        // Exact solution of dT/dt = (steady - T) / tau over the pulse: its end value and its time average.
        double mean = steady + ((start - steady) * cachedMeanWeight);
        riseKelvin = steady + ((start - steady) * cachedDecay);
        lastMs = startMs + widthMs;
        return Math.Exp(activationKelvin * ((1.0 / (AmbientKelvin + steady)) - (1.0 / (AmbientKelvin + mean))));
    }
}
