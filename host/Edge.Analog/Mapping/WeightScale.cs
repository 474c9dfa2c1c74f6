// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;

namespace Edge.Analog.Mapping;

/// <summary>Chooses the weight magnitude s that the full device window represents (see <see cref="RangeMode"/>).</summary>
public static class WeightScale
{
    /// <summary>The paper's fixed weight range: HRS..LRS onto [-4, 4] (METHOD.md section 7).</summary>
    public const double PaperBound = 4.0;

    /// <summary>The |w| percentile used by <see cref="RangeMode.Percentile"/>.</summary>
    public const double ClipPercentile = 99.5;

    /// <summary>The scale s (weight units) for one layer's weights; never zero (an all-zero layer gets 1).</summary>
    public static double For(ReadOnlySpan<float> weights, RangeMode mode)
    {
        switch (mode)
        {
            case RangeMode.Paper:
                return PaperBound;
            case RangeMode.Absmax:
                var max = 0.0;
                foreach (var w in weights)
                {
                    max = Math.Max(max, Math.Abs(w));
                }

                return max > 0 ? max : 1.0;
            case RangeMode.Percentile:
                if (weights.IsEmpty)
                {
                    return 1.0;
                }

                var magnitudes = new float[weights.Length];
                for (var i = 0; i < weights.Length; i++)
                {
                    magnitudes[i] = Math.Abs(weights[i]);
                }

                Array.Sort(magnitudes);
                var rank = (int)Math.Ceiling(ClipPercentile / 100.0 * magnitudes.Length) - 1;
                var value = magnitudes[Math.Clamp(rank, 0, magnitudes.Length - 1)];
                return value > 0 ? value : 1.0;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown range mode");
        }
    }

    /// <summary>Parses a range mode name (absmax, percentile, paper); the caller names the option in errors.</summary>
    public static RangeMode Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "absmax" => RangeMode.Absmax,
        "percentile" => RangeMode.Percentile,
        "paper" => RangeMode.Paper,
        _ => throw new EdgeException(ExitCode.Usage, $"'{text}': expected absmax, percentile or paper."),
    };
}
