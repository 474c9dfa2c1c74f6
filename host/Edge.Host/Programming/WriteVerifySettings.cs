// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Shared.Protocol;

namespace Edge.Host.Programming;

/// <summary>
/// The knobs of the incremental-step write-and-verify loop (ISPP with polarity reversal, in the manner of ArC ONE's
/// ConvergeToState). The defaults are the values tuned on the virtual paper device (docs/programming.md, "Tuning");
/// <c>edge bench programming --tune</c> repeats the search.
/// </summary>
public sealed record WriteVerifySettings
{
    /// <summary>Amplitude of the first pulse of a polarity, V (magnitude; the sign follows the needed direction).</summary>
    public double StartVolts { get; init; } = 1.0;

    /// <summary>Amplitude increment after a pulse that left the cell short of its target, V.</summary>
    public double StepVolts { get; init; } = 0.4;

    /// <summary>Width of every pulse, ms (board window 1 .. 5000 ms).</summary>
    public double WidthMs { get; init; } = 100;

    /// <summary>Largest amplitude the loop uses, V (default: the board's hard limit).</summary>
    public double MaxVolts { get; init; } = HardLimits.MaxWriteVolts;

    /// <summary>
    /// Hold the amplitude (do not raise it) after a pulse that closed at least this fraction of the remaining gap to the
    /// target: a cell still approaching needs no harder pulse, and raising the amplitude anyway moves the saturation
    /// bound of the pulse far past the target, which is what makes ISPP overshoot. 1 = classic ISPP (raise after every
    /// pulse that falls short).
    /// </summary>
    public double HoldIfClosedFraction { get; init; } = 0.03;

    /// <summary>Multiplier of the amplitude step at each polarity reversal (0 &lt; f &lt;= 1): finer steps after an overshoot.</summary>
    public double ReversalStepFactor { get; init; } = 1.0;

    /// <summary>Where the new polarity's amplitude starts after a reversal.</summary>
    public ReversalAmplitude AfterReversal { get; init; } = ReversalAmplitude.Restart;

    /// <summary>Accepted |level error|, levels (0.5 = the read-back decodes as the target level).</summary>
    public double ToleranceLevels { get; init; } = 0.3;

    /// <summary>Most pulses per cell before the loop gives up (the cell is reported failed).</summary>
    public int MaxPulses { get; init; } = 200;

    /// <summary>
    /// Give up after this many consecutive pulses at <see cref="MaxVolts"/> that each fall short and close less than
    /// <see cref="HoldIfClosedFraction"/> of the gap: the target lies beyond what the strongest allowed pulse can reach
    /// on this cell (its window is narrower or shifted), and more pulses only wear it.
    /// </summary>
    public int MaxStalledAtMaxVolts { get; init; } = 8;

    /// <summary>Most polarity reversals per cell (ArC ONE ConvergeToState stops after 5).</summary>
    public int MaxReversals { get; init; } = 5;

    /// <summary>Checks every field's range.</summary>
    /// <exception cref="ArgumentException">The first field out of range, with the range it must be in.</exception>
    public void Validate()
    {
        const double limit = HardLimits.MaxWriteVolts;
        Require(StartVolts is > 0 and <= limit, nameof(StartVolts), StartVolts, $"0 < V <= {limit}");
        Require(MaxVolts >= StartVolts && MaxVolts <= limit, nameof(MaxVolts), MaxVolts, $"StartVolts <= V <= {limit}");
        Require(StepVolts is > 0 and <= limit, nameof(StepVolts), StepVolts, $"0 < V <= {limit}");
        Require(WidthMs is >= 1 and <= 5000, nameof(WidthMs), WidthMs, "1 .. 5000 ms");
        Require(HoldIfClosedFraction is >= 0 and <= 1, nameof(HoldIfClosedFraction), HoldIfClosedFraction, "0 .. 1 (1 = never hold)");
        Require(ReversalStepFactor is > 0 and <= 1, nameof(ReversalStepFactor), ReversalStepFactor, "0 < f <= 1");
        Require(ToleranceLevels is > 0 and <= 10, nameof(ToleranceLevels), ToleranceLevels, "0 < tolerance <= 10 levels");
        Require(MaxPulses is >= 1 and <= 2048, nameof(MaxPulses), MaxPulses, "1 .. 2048");
        Require(MaxStalledAtMaxVolts is >= 1 and <= 2048, nameof(MaxStalledAtMaxVolts), MaxStalledAtMaxVolts, "1 .. 2048");
        Require(MaxReversals is >= 0 and <= 100, nameof(MaxReversals), MaxReversals, "0 .. 100");
    }

    private static void Require(bool ok, string name, double value, string range)
    {
        if (!ok)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"write-verify setting {name} = {value}: expected {range}."), name);
        }
    }
}
