// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;
using Edge.Hardware.Device;
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Fitting;

/// <summary>
/// How much sweeps scatter pulse by pulse about the model's mean step, per (direction, voltage, width) condition: the
/// median over the condition's moving pulses of |r_i| / |m_i|, r_i = (R_i - R_(i-1)) - m_i and m_i the mean step from
/// R_(i-1). A pulse counts as moving when |m_i| is at least a given multiple of the read noise, so that the ratio
/// measures the step noise (sigma at that voltage) rather than the read. The median, not the mean square, so that a
/// rare overshoot does not decide it; and the first <see cref="SkippedIncrements"/> increments of each sweep are left
/// out, because right after the +-6 V initialisation the heat sink is still warm and the cell moves faster than the
/// steady-state law says.
/// </summary>
internal static class IncrementSpread
{
    /// <summary>Increments left out at the start of every sweep (the heat sink settles within a few pulses).</summary>
    public const int SkippedIncrements = 3;

    /// <summary>Increments at the end of each sweep whose scatter estimates the read noise.</summary>
    private const int TailIncrements = 20;

    /// <summary>Median |r_i| / |m_i| per condition over pulses with |m_i| &gt;= <paramref name="minimumStepOhms"/>.</summary>
    public static Dictionary<SweepCondition, double> MedianRelativeResidual(
        MemristorCell cell, IEnumerable<(SweepCondition Condition, IReadOnlyList<double> Reads)> sweeps, double minimumStepOhms)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(sweeps);
        var ratios = new Dictionary<SweepCondition, List<double>>();
        foreach (var (condition, reads) in sweeps)
        {
            if (!ratios.TryGetValue(condition, out var list))
            {
                list = [];
                ratios[condition] = list;
            }

            double signedVolts = condition.Direction == Direction.Potentiation ? condition.Volts : -condition.Volts;
            for (int i = SkippedIncrements + 1; i < reads.Count; i++)
            {
                double mean = cell.MeanStepOhms(reads[i - 1], signedVolts, condition.WidthMs);
                if (Math.Abs(mean) >= minimumStepOhms)
                {
                    list.Add(Math.Abs(reads[i] - reads[i - 1] - mean) / Math.Abs(mean));
                }
            }
        }

        return ratios.Where(r => r.Value.Count > 0).ToDictionary(r => r.Key, r => Medians.Of(r.Value));
    }

    /// <summary>
    /// The read noise of the measurement, ohm rms: 1.4826 MAD / sqrt 2 of the last increments of every sweep (there the
    /// cell has nearly stopped, and an increment is the difference of two reads), the median over sweeps.
    /// </summary>
    public static double ReadNoiseOhms(IEnumerable<IReadOnlyList<double>> sweeps)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        var perSweep = new List<double>();
        foreach (var reads in sweeps)
        {
            if (reads.Count <= TailIncrements + 1)
            {
                continue;
            }

            var increments = new List<double>(TailIncrements);
            for (int i = reads.Count - TailIncrements; i < reads.Count; i++)
            {
                increments.Add(reads[i] - reads[i - 1]);
            }

            double centre = Medians.Of(increments);
            perSweep.Add(1.4826 * Medians.Of(increments.Select(d => Math.Abs(d - centre))) / Math.Sqrt(2));
        }

        return perSweep.Count > 0 ? Medians.Of(perSweep) : 0;
    }
}
