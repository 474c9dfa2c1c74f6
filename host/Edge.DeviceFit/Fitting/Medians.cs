// SPDX-License-Identifier: MIT
namespace Edge.DeviceFit.Fitting;

/// <summary>The median the device fit uses wherever it wants a centre that one stray read cannot move.</summary>
internal static class Medians
{
    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count); NaN for none.</summary>
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
