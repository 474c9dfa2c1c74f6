// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Rates of the saturation law d' = d exp(-q) (d = distance to a voltage's bound in the programming direction) from a
/// trace of identical pulses: the law solved for q.
/// </summary>
public static class SaturationRate
{
    /// <summary>Distances below this are read noise (the ADC's ~0.015 ohm, three sigmas), ohm.</summary>
    public const double NoiseFloorOhms = 0.05;

    /// <summary>
    /// Mean q over a trace: ln(d_0 / d_m) / m, with m the last pulse whose distance is still above the noise floor and
    /// 2 % of the first (the mean includes Joule overshoots: the loop meets them too). Null when no pulse qualifies.
    /// </summary>
    /// <param name="readsOhms">The read before the first pulse and the read after every pulse.</param>
    /// <param name="boundOhms">The voltage's bound b(V).</param>
    /// <param name="direction">Potentiation (R falls toward b) or depression.</param>
    public static double? Mean(IReadOnlyList<double> readsOhms, double boundOhms, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(readsOhms);
        double first = Distance(readsOhms[0], boundOhms, direction);
        if (first <= NoiseFloorOhms)
        {
            return null;
        }

        double floor = Math.Max(NoiseFloorOhms, 0.02 * first);
        int last = 0;
        for (int i = 1; i < readsOhms.Count; i++)
        {
            if (Distance(readsOhms[i], boundOhms, direction) > floor)
            {
                last = i;
            }
        }

        return last == 0 ? null : Math.Log(first / Distance(readsOhms[last], boundOhms, direction)) / last;
    }

    /// <summary>
    /// Median of the per-pulse q = ln(d_(i-1) / d_i) over pulses whose distances are above the noise floor: robust to
    /// the rare Joule overshoot, for comparing one cell with another. Null when no pulse qualifies.
    /// </summary>
    public static double? Median(IReadOnlyList<double> readsOhms, double boundOhms, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(readsOhms);
        var rates = new List<double>();
        for (int i = 1; i < readsOhms.Count; i++)
        {
            double before = Distance(readsOhms[i - 1], boundOhms, direction);
            double after = Distance(readsOhms[i], boundOhms, direction);
            if (before > NoiseFloorOhms && after > NoiseFloorOhms)
            {
                rates.Add(Math.Log(before / after));
            }
        }

        if (rates.Count == 0)
        {
            return null;
        }

        rates.Sort();
        int mid = rates.Count / 2;
        return rates.Count % 2 == 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
    }

    /// <summary>Distance to the bound in the programming direction, ohm.</summary>
    public static double Distance(double resistanceOhms, double boundOhms, Direction direction) =>
        direction == Direction.Potentiation ? resistanceOhms - boundOhms : boundOhms - resistanceOhms;
}
