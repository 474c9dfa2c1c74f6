// SPDX-License-Identifier: MIT
namespace Edge.Analog.Mapping;

/// <summary>
/// Q of the paper's eq. 4: rounds a normalised device value to the nearest level the calibrated device actually
/// reaches (the segmentation's r_a,k), not to an ideal evenly spaced grid.
/// </summary>
public sealed class LevelQuantizer
{
    private readonly double[] levels;

    /// <summary>Creates a quantiser over reached levels (normalised, any order; duplicates allowed).</summary>
    public LevelQuantizer(IReadOnlyList<double> reachedLevels)
    {
        ArgumentNullException.ThrowIfNull(reachedLevels);
        if (reachedLevels.Count == 0)
        {
            throw new ArgumentException("at least one level is needed", nameof(reachedLevels));
        }

        levels = reachedLevels.ToArray();
        if (levels.Any(double.IsNaN))
        {
            throw new ArgumentException("levels must not be NaN", nameof(reachedLevels));
        }

        Order = Enumerable.Range(0, levels.Length).OrderBy(i => levels[i]).ToArray();
        Sorted = Order.Select(i => levels[i]).ToArray();
    }

    /// <summary>Number of levels.</summary>
    public int Count => levels.Length;

    /// <summary>The level values in the caller's order (index space of <see cref="Nearest"/>).</summary>
    public IReadOnlyList<double> Levels => levels;

    private int[] Order { get; }

    private double[] Sorted { get; }

    /// <summary>Index (into <see cref="Levels"/>) of the reached level nearest to <paramref name="normalised"/>.</summary>
    public int Nearest(double normalised)
    {
        var position = Array.BinarySearch(Sorted, normalised);
        if (position >= 0)
        {
            return Order[position];
        }

        var above = ~position;
        if (above == 0)
        {
            return Order[0];
        }

        if (above == Sorted.Length)
        {
            return Order[^1];
        }

        // Ties go to the lower level (deterministic).
        return normalised - Sorted[above - 1] <= Sorted[above] - normalised ? Order[above - 1] : Order[above];
    }

    /// <summary>
    /// The two reached levels around <paramref name="normalised"/> (indices into <see cref="Levels"/>) and where the
    /// value sits between them (0 at the lower, 1 at the upper); used for stochastic rounding of in-memory updates.
    /// </summary>
    public (int Lower, int Upper, double Fraction) Bracket(double normalised)
    {
        var position = Array.BinarySearch(Sorted, normalised);
        if (position >= 0)
        {
            return (Order[position], Order[position], 0.0);
        }

        var above = ~position;
        if (above == 0)
        {
            return (Order[0], Order[0], 0.0);
        }

        if (above == Sorted.Length)
        {
            return (Order[^1], Order[^1], 0.0);
        }

        var lower = Sorted[above - 1];
        var gap = Sorted[above] - lower;
        return (Order[above - 1], Order[above], gap > 0 ? (normalised - lower) / gap : 0.0);
    }

    /// <summary>Vector form of <see cref="Nearest"/>.</summary>
    public void Quantize(ReadOnlySpan<float> normalised, Span<int> levelIndices)
    {
        if (normalised.Length != levelIndices.Length)
        {
            throw new ArgumentException("spans differ in length", nameof(levelIndices));
        }

        for (var i = 0; i < normalised.Length; i++)
        {
            levelIndices[i] = Nearest(normalised[i]);
        }
    }
}
