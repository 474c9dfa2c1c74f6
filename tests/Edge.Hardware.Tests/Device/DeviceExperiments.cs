// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.Hardware.Tests.Device;

/// <summary>The paper's bench protocols (Fig. 1d initialisation, Fig. 2 identical pulses, eq. 1 Pearson) run on the model.</summary>
internal static class DeviceExperiments
{
    public const double SweepWidthMs = 2000;
    public const double InitialisationVolts = 6.0;
    public const int InitialisationPulses = 20;

    /// <summary>The paper's write voltages for identical-pulse characterisation (Fig. 2), V.</summary>
    public static readonly double[] PaperVoltages = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0];

    /// <summary>
    /// A +-6 V loop (paper Fig. 1d): pulses of the opposite polarity first, then of the target's, so the cell ends at
    /// HRS (-6 V last) or LRS (+6 V last) whatever state a stronger 7 V pulse left it in.
    /// </summary>
    public static void Initialise(MemristorCell cell, bool toHrs)
    {
        double lastVolts = toHrs ? -InitialisationVolts : InitialisationVolts;
        for (int pulse = 0; pulse < InitialisationPulses; pulse++)
        {
            cell.ApplyPulse(-lastVolts, SweepWidthMs);
        }

        for (int pulse = 0; pulse < InitialisationPulses; pulse++)
        {
            cell.ApplyPulse(lastVolts, SweepWidthMs);
        }
    }

    /// <summary>
    /// Initialise (potentiation from HRS, depression from LRS), then apply <paramref name="count"/> identical pulses and
    /// record R after each. <paramref name="volts"/> carries the direction: positive = potentiation.
    /// </summary>
    public static double[] IdenticalPulseRun(MemristorCell cell, double volts, int count = 100, double widthMs = SweepWidthMs)
    {
        Initialise(cell, toHrs: volts > 0);
        var resistances = new double[count];
        for (int pulse = 0; pulse < count; pulse++)
        {
            cell.ApplyPulse(volts, widthMs);
            resistances[pulse] = cell.ResistanceOhms;
        }

        return resistances;
    }

    /// <summary>Paper eq. 1: Pearson correlation coefficient of two equal-length arrays.</summary>
    public static double Pearson(double[] x, double[] y)
    {
        double meanX = x.Average();
        double meanY = y.Average();
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.Length; i++)
        {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }

        return covariance / Math.Sqrt(varianceX * varianceY);
    }

    /// <summary>Fig. 2b metric: mean Pearson between the last repetition and each earlier one.</summary>
    public static double MeanPearsonAgainstLast(IReadOnlyList<double[]> repetitions)
    {
        double[] last = repetitions[^1];
        double sum = 0;
        for (int i = 0; i < repetitions.Count - 1; i++)
        {
            sum += Pearson(last, repetitions[i]);
        }

        return sum / (repetitions.Count - 1);
    }

    /// <summary>Dynamic range of one run: max - min of R over the run including the initialised start, ohms.</summary>
    public static double DynamicRangeOhms(MemristorCell cell, double[] run, double volts)
    {
        double start = volts > 0 ? cell.HrsOhm : cell.LrsOhm;
        return Math.Max(run.Max(), start) - Math.Min(run.Min(), start);
    }

    /// <summary>Identical-pulse characterisation of one voltage: <paramref name="repetitions"/> runs, their mean range and mean Pearson.</summary>
    public static (double RangeOhms, double MeanPearson) Characterise(MemristorCell cell, double volts, int repetitions = 5)
    {
        var runs = new List<double[]>();
        double range = 0;
        for (int repetition = 0; repetition < repetitions; repetition++)
        {
            double[] run = IdenticalPulseRun(cell, volts);
            runs.Add(run);
            range += DynamicRangeOhms(cell, run, volts);
        }

        return (range / repetitions, MeanPearsonAgainstLast(runs));
    }
}
