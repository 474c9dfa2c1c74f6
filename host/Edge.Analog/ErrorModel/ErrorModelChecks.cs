// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;

namespace Edge.Analog.ErrorModel;

/// <summary>The consistency rules of an error model; each returns a message naming field and level, or null.</summary>
internal static class ErrorModelChecks
{
    public static string? Find(ErrorModelFile file, bool allowZeroScale)
    {
        if (file.Levels is not int levels)
        {
            return "missing field 'levels'";
        }

        if (levels < 2)
        {
            return $"levels = {levels}: expected at least 2";
        }

        if (!allowZeroScale && !DirectionNames.IsValid(file.Direction))
        {
            return $"direction = '{file.Direction}': expected '{DirectionNames.Potentiation}' or '{DirectionNames.Depression}'";
        }

        if (string.IsNullOrWhiteSpace(file.CalibrationId))
        {
            return "missing or empty field 'calibration_id'";
        }

        return Doubles("targets", file.Targets, levels, _ => true, "finite")
            ?? Doubles("actual", file.Actual, levels, _ => true, "finite")
            ?? Doubles("loc", file.Loc, levels, _ => true, "finite")
            ?? Doubles("scale", file.Scale, levels, s => allowZeroScale ? s >= 0 : s > 0, allowZeroScale ? ">= 0" : "> 0")
            ?? Doubles("nu", file.Nu, levels, n => n > 0, "> 0")
            ?? OptionalBand(file, levels)
            ?? Doubles("ks", file.Ks, levels, d => d is >= 0 and <= 1, "in [0, 1]")
            ?? Integers("sample_counts", file.SampleCounts, levels, c => c >= 0, ">= 0", optional: false)
            ?? Integers("pool_from", file.PoolFrom, levels, c => c >= 0, ">= 0", optional: true)
            ?? Integers("pool_to", file.PoolTo, levels, c => c >= 0, ">= 0", optional: true)
            ?? Integers("source_levels", file.SourceLevels, levels, c => c >= 0, ">= 0", optional: true)
            ?? Borrowed(file.Borrowed, levels)
            ?? Optional("ks_p", file.KsP, levels, v => v is > 0 and <= 1, "in (0, 1]")
            ?? Optional("nu_data_weight", file.NuDataWeight, levels, v => v is >= 0 and <= 1, "in [0, 1]")
            ?? Range(file.ValueMin, file.ValueMax)
            ?? Window(file.WindowOhm);
    }

    private static string? Window(double[]? window) =>
        window is null || (window.Length == 2 && double.IsFinite(window[0]) && double.IsFinite(window[1]) && window[0] > 0 && window[1] > window[0])
            ? null
            : $"window_ohm = [{string.Join(", ", window)}]: expected [R_min, R_max] with 0 < R_min < R_max";

    private static string? OptionalBand(ErrorModelFile file, int levels)
    {
        var problem = Optional("band", file.Band, levels, h => h >= 0, ">= 0");
        if (problem is not null || file.Band is null || file.Nu is null)
        {
            return problem;
        }

        // The band's uniform averages the t's distribution function over the band, which needs a finite mean (nu > 1).
        for (var k = 0; k < levels; k++)
        {
            if (file.Band[k] > 0 && file.Nu[k] <= 1)
            {
                return $"band[{k}] = {file.Band[k]} with nu[{k}] = {file.Nu[k]} (level {k}): a level with a band needs nu > 1";
            }
        }

        return null;
    }

    private static string? Optional(string field, double[]? values, int levels, Func<double, bool> valid, string rule) =>
        values is null ? null : Doubles(field, values, levels, valid, rule);

    private static string? Range(double? min, double? max)
    {
        if (min is null && max is null)
        {
            return null;
        }

        return min is double lo && max is double hi && double.IsFinite(lo) && double.IsFinite(hi) && lo <= 0 && hi >= 1
            ? null
            : $"value_min = {min}, value_max = {max}: both must be finite with value_min <= 0 and value_max >= 1 (the window is 0..1)";
    }

    private static string? Doubles(string field, double[]? values, int levels, Func<double, bool> valid, string rule)
    {
        if (values is null)
        {
            return $"missing field '{field}'";
        }

        if (values.Length != levels)
        {
            return $"'{field}' has {values.Length} values, expected one per level ({levels})";
        }

        for (var k = 0; k < values.Length; k++)
        {
            if (!double.IsFinite(values[k]) || !valid(values[k]))
            {
                return $"{field}[{k}] = {values[k]} (level {k}): must be finite and {rule}";
            }
        }

        return null;
    }

    private static string? Integers(string field, int[]? values, int levels, Func<int, bool> valid, string rule, bool optional)
    {
        if (values is null)
        {
            return optional ? null : $"missing field '{field}'";
        }

        if (values.Length != levels)
        {
            return $"'{field}' has {values.Length} values, expected one per level ({levels})";
        }

        for (var k = 0; k < values.Length; k++)
        {
            if (!valid(values[k]))
            {
                return $"{field}[{k}] = {values[k]} (level {k}): must be {rule}";
            }
        }

        return null;
    }

    private static string? Borrowed(int[]? borrowed, int levels)
    {
        foreach (var k in borrowed ?? [])
        {
            if (k < 0 || k >= levels)
            {
                return $"borrowed lists level {k}, outside 0..{levels - 1}";
            }
        }

        return null;
    }
}
