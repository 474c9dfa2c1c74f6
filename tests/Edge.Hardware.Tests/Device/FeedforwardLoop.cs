// SPDX-License-Identifier: MIT
using Edge.Hardware.Device;

namespace Edge.Hardware.Tests.Device;

/// <summary>The paper's FFP loop (Fig. 3a): read R -> look up Vw(R) -> one 0.8 s pulse, until the far end of the window.</summary>
internal static class FeedforwardLoop
{
    public const double PulseWidthMs = 800;

    /// <summary>Paper's |dR| target is 0.1..0.3 ohm on a 140 ohm window; the table aims at its middle.</summary>
    public const double PaperTargetStepOhms = 0.2;

    public const double PaperWindowOhms = 140;

    /// <summary>Read noise of the paper's bench: 10 nA at 0.1 V read gives dR = R^2 dI / V.</summary>
    public static double ReadNoiseOhms(double resistanceOhms) => resistanceOhms * resistanceOhms * 10e-9 / 0.1;

    /// <summary>
    /// One sweep from the initialised end to the other; returns the pulse count. <paramref name="readNoiseScale"/>
    /// multiplies the read noise (window-scaled devices scale it with the window).
    /// </summary>
    public static int Sweep(MemristorCell cell, FeedforwardTable table, bool potentiation, double endOhms, Random readNoise, double readNoiseScale = 1)
    {
        DeviceExperiments.Initialise(cell, toHrs: potentiation);
        for (int pulses = 0; pulses < 5000; pulses++)
        {
            double read = cell.ResistanceOhms + (readNoiseScale * ReadNoiseOhms(cell.ResistanceOhms) * Normal(readNoise));
            if (potentiation ? read <= endOhms : read >= endOhms)
            {
                return pulses;
            }

            cell.ApplyPulse(table.VoltsFor(read), PulseWidthMs);
        }

        return 5000;
    }

    /// <summary>Mean of <paramref name="sweeps"/> FFP sweeps per direction and their standard deviations.</summary>
    public static FeedforwardCounts Measure(MemristorCell cell, int sweeps, int seed, double? targetStepOhms = null)
    {
        double window = cell.HrsOhm - cell.LrsOhm;
        double target = targetStepOhms ?? PaperTargetStepOhms * window / PaperWindowOhms;
        double readNoiseScale = window / PaperWindowOhms * (880.0 * 880.0) / (cell.HrsOhm * cell.HrsOhm);
        var potentiationTable = FeedforwardTable.Build(cell, potentiation: true, target, PulseWidthMs);
        var depressionTable = FeedforwardTable.Build(cell, potentiation: false, target, PulseWidthMs);
        var random = new Random(seed);
        var potentiation = new List<double>();
        var depression = new List<double>();
        for (int sweep = 0; sweep < sweeps; sweep++)
        {
            potentiation.Add(Sweep(cell, potentiationTable, potentiation: true, cell.LrsOhm, random, readNoiseScale));
            depression.Add(Sweep(cell, depressionTable, potentiation: false, cell.HrsOhm, random, readNoiseScale));
        }

        return new FeedforwardCounts(potentiation.Average(), StandardDeviation(potentiation), depression.Average(), StandardDeviation(depression));
    }

    private static double StandardDeviation(List<double> values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(values.Count - 1, 1));
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

/// <summary>Mean and standard deviation of FFP pulse events per direction.</summary>
internal readonly record struct FeedforwardCounts(double Potentiation, double PotentiationSd, double Depression, double DepressionSd)
{
    public double DepressionOverPotentiation => Depression / Potentiation;
}
