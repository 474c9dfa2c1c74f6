// SPDX-License-Identifier: MIT
namespace Edge.Analog.Noise;

/// <summary>
/// Disturbances of programmed cells that the paper did not model, as options: conductance drift and
/// device-to-device variation. Both scale a cell's conductance G by a factor f; in normalised units
/// (G = G_min (1 + y / g0)) that is y' = g0 (f - 1) + f y, so at ratio 1.19 (g0 = 5.29) a 1 % conductance change
/// moves y by about 0.05 - the common mode amplifies every multiplicative disturbance. A pair of devices
/// (differential cells) cancels the g0 (f - 1) term when both drift alike; a fixed reference column does not.
/// </summary>
public static class ConductanceDisturbance
{
    /// <summary>Power-law drift factor ((t + t0) / t0)^-nu (aihwkit's form; t0 = 20 s there).</summary>
    public static double DriftFactor(double secondsSinceProgramming, double exponent, double referenceSeconds = 20.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(secondsSinceProgramming);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referenceSeconds);
        return Math.Pow((secondsSinceProgramming + referenceSeconds) / referenceSeconds, -exponent);
    }

    /// <summary>Applies conductance factor <paramref name="factor"/> to one normalised value.</summary>
    public static double Apply(double normalised, double factor, double commonModeRatio)
        => (commonModeRatio * (factor - 1.0)) + (factor * normalised);

    /// <summary>Applies one factor to every value (drift: the same elapsed time for the whole array).</summary>
    public static void Apply(Span<float> normalised, double factor, double commonModeRatio)
    {
        for (var i = 0; i < normalised.Length; i++)
        {
            normalised[i] = (float)Apply(normalised[i], factor, commonModeRatio);
        }
    }

    /// <summary>
    /// Device-to-device variation: every cell gets its own fixed factor 1 + sigma N(0, 1) (seeded, so the same array
    /// gives the same cells every trial of a seed).
    /// </summary>
    public static void ApplyVariation(Span<float> normalised, double relativeSigma, double commonModeRatio, ulong seed)
    {
        if (relativeSigma <= 0)
        {
            return;
        }

        var random = new Random(unchecked((int)(seed ^ (seed >> 32))));
        for (var i = 0; i < normalised.Length; i++)
        {
            // Box-Muller from two uniforms in (0, 1].
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var gaussian = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
            normalised[i] = (float)Apply(normalised[i], 1.0 + (relativeSigma * gaussian), commonModeRatio);
        }
    }
}
