// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>Johnson-Nyquist noise of a resistor: v = sqrt(4 k T R), i = sqrt(4 k T / R) per root hertz.</summary>
public static class ThermalNoise
{
    /// <summary>Boltzmann constant, J/K (SI 2019 exact value).</summary>
    public const double BoltzmannJoulesPerKelvin = 1.380649e-23;

    /// <summary>Open-circuit voltage noise density of <paramref name="resistanceOhms"/> at <paramref name="temperatureKelvin"/>, V/sqrt(Hz).</summary>
    public static double VoltageDensity(double resistanceOhms, double temperatureKelvin)
    {
        Require(resistanceOhms, temperatureKelvin);
        return Math.Sqrt(4 * BoltzmannJoulesPerKelvin * temperatureKelvin * resistanceOhms);
    }

    /// <summary>Short-circuit current noise density of <paramref name="resistanceOhms"/>, A/sqrt(Hz).</summary>
    public static double CurrentDensity(double resistanceOhms, double temperatureKelvin)
    {
        Require(resistanceOhms, temperatureKelvin);
        return Math.Sqrt(4 * BoltzmannJoulesPerKelvin * temperatureKelvin / resistanceOhms);
    }

    private static void Require(double resistanceOhms, double temperatureKelvin)
    {
        if (!(resistanceOhms > 0) || !(temperatureKelvin > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(resistanceOhms), "resistance and temperature must be positive");
        }
    }
}
