// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;

namespace Edge.Analog.Mapping;

/// <summary>
/// Maps signed weights to normalised device values y in [0, 1] and back, for one layer. The simulator and the deployer
/// both use this class, so what is simulated is what is programmed.
/// </summary>
/// <remarks>
/// Both schemes read as w = g s (y_a - y_b): offset has g = 2, y_a the weight's device and y_b the fixed mid-window
/// reference (0.5); differential has g = 1 and the pair (y+, y-), one of which sits at HRS. Weights beyond +-s are
/// clipped to the window edge; inside it the round trip is exact up to float rounding.
/// </remarks>
public sealed class ConductanceConverter
{
    /// <summary>Normalised value of the offset scheme's reference column (mid-window).</summary>
    public const double OffsetReference = 0.5;

    /// <summary>Creates a converter for weights in [-<paramref name="scale"/>, <paramref name="scale"/>].</summary>
    public ConductanceConverter(CellScheme scheme, double scale)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "the weight scale must be positive and finite");
        }

        Scheme = scheme;
        Scale = scale;
    }

    /// <summary>The storage scheme.</summary>
    public CellScheme Scheme { get; }

    /// <summary>s: the weight magnitude the full window represents (weight units).</summary>
    public double Scale { get; }

    /// <summary>Programmed devices per weight (the offset scheme's reference column is not counted).</summary>
    public int DevicesPerWeight => Scheme == CellScheme.Offset ? 1 : 2;

    /// <summary>g s: weight units per unit of normalised device difference (y_a - y_b).</summary>
    public double WeightPerDeviceUnit => (Scheme == CellScheme.Offset ? 2.0 : 1.0) * Scale;

    /// <summary>Parses a cell scheme name (offset, differential); the caller names the option in errors.</summary>
    public static CellScheme ParseScheme(string text) => text.Trim().ToLowerInvariant() switch
    {
        "offset" => CellScheme.Offset,
        "differential" => CellScheme.Differential,
        _ => throw new EdgeException(ExitCode.Usage, $"'{text}': expected offset or differential."),
    };

    /// <summary>The device values for one weight: (y_a, y_b); y_b is the reference (0.5) for the offset scheme.</summary>
    public (double Plus, double Minus) ToDevice(double weight)
    {
        var u = Math.Clamp(weight / Scale, -1.0, 1.0);
        return Scheme == CellScheme.Offset
            ? ((u + 1.0) / 2.0, OffsetReference)
            : (Math.Max(u, 0.0), Math.Max(-u, 0.0));
    }

    /// <summary>The weight a pair of device values represents.</summary>
    public double ToWeight(double plus, double minus) => WeightPerDeviceUnit * (plus - minus);

    /// <summary>Vector form of <see cref="ToDevice(double)"/>; <paramref name="minus"/> may be empty for the offset scheme.</summary>
    public void ToDevice(ReadOnlySpan<float> weights, Span<float> plus, Span<float> minus)
    {
        CheckLengths(weights.Length, plus.Length, minus.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            var (p, m) = ToDevice(weights[i]);
            plus[i] = (float)p;
            if (!minus.IsEmpty)
            {
                minus[i] = (float)m;
            }
        }
    }

    /// <summary>Vector form of <see cref="ToWeight"/>; an empty <paramref name="minus"/> means the offset reference.</summary>
    public void ToWeights(ReadOnlySpan<float> plus, ReadOnlySpan<float> minus, Span<float> weights)
    {
        CheckLengths(weights.Length, plus.Length, minus.Length);
        for (var i = 0; i < weights.Length; i++)
        {
            var m = minus.IsEmpty ? OffsetReference : minus[i];
            weights[i] = (float)ToWeight(plus[i], m);
        }
    }

    private void CheckLengths(int weights, int plus, int minus)
    {
        if (plus != weights || (minus != weights && !(minus == 0 && Scheme == CellScheme.Offset)))
        {
            throw new ArgumentException(
                $"span lengths differ: weights {weights}, plus {plus}, minus {minus} (minus may be empty only for offset)");
        }
    }
}
