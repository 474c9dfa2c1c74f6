// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Budget;

/// <summary>The write-path budget: DAC step in volts, pulse edges, current and the switches' voltage drop.</summary>
public static class WritePathBudget
{
    /// <summary>Computes the budget for <paramref name="design"/>.</summary>
    public static WritePathResult Evaluate(WritePathDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        if (design.DacBits < 1 || !(design.SpanVolts > 0) || !(design.SlewVoltsPerSecond > 0)
            || !(design.ShortestPulseSeconds > 0) || !(design.WriteLoadOhms > 0) || !(design.CurrentLimitAmps > 0))
        {
            throw new ArgumentException("write path parameters must be positive", nameof(design));
        }

        double lsbVolts = design.SpanVolts / Math.Pow(2, design.DacBits);
        double readCode = Math.Round((design.ReadVolts - design.MinVolts) / lsbVolts);
        double readVoltsError = Math.Abs(design.MinVolts + (readCode * lsbVolts) - design.ReadVolts);
        double edgeSeconds = design.DacSettleSeconds + (design.PulseVolts / design.SlewVoltsPerSecond);

        // Drive side: T2 and T4 buses in parallel (R/2); ground side: T1 and T3 in parallel (R/2); in series: R.
        double seriesOhms = design.SwitchOhmsPerBus;
        double peakAmps = design.PulseVolts / (design.WriteLoadOhms + seriesOhms);
        return new WritePathResult
        {
            LsbVolts = lsbVolts,
            ReadVoltsError = readVoltsError,
            EdgeSeconds = edgeSeconds,
            ShortestPulseEdgeFraction = edgeSeconds / design.ShortestPulseSeconds,
            NominalPulseEdgeFraction = edgeSeconds / design.NominalPulseSeconds,
            PeakCurrentAmps = peakAmps,
            CurrentLimitHeadroom = design.CurrentLimitAmps / peakAmps,
            DeviceVoltsAtPeak = peakAmps * design.WriteLoadOhms,
        };
    }
}
