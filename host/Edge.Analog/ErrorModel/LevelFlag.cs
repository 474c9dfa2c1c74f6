// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>A level whose fit is degenerate or poorly identified, with what is wrong (written to the model file and printed by <c>edge fit</c>).</summary>
/// <param name="Level">The level k.</param>
/// <param name="Problems">Codes: <c>no_spread</c>, <c>nu_below_1</c>, <c>scale_below_floor</c>, <c>poor_fit</c> (<see cref="LevelFlags"/>).</param>
/// <param name="Detail">One line for people: the values and what they mean.</param>
public sealed record LevelFlag(int Level, string[] Problems, string Detail);

/// <summary>When a level's fit is flagged.</summary>
public static class LevelFlags
{
    /// <summary>Fewer than <see cref="MinimumDistinct"/> distinct error values: no spread to fit; scale and nu are the neighbourhood's.</summary>
    public const string NoSpread = "no_spread";

    /// <summary>nu &lt; 1: tails so heavy that the error has no finite mean.</summary>
    public const string NuBelowOne = "nu_below_1";

    /// <summary>Scale below <see cref="ScaleFloor"/> of the window: a level programmed more exactly than the read can tell.</summary>
    public const string ScaleBelowFloor = "scale_below_floor";

    /// <summary>Bootstrap KS p-value below <see cref="PoorFitP"/>: the t shape does not describe the level.</summary>
    public const string PoorFit = "poor_fit";

    /// <summary>Distinct values a level needs for a fit of its own.</summary>
    public const int MinimumDistinct = 3;

    /// <summary>Smallest credible scale, as a fraction of the normalised window (1).</summary>
    public const double ScaleFloor = 1e-4;

    /// <summary>Bootstrap p-value below which a level's t is rejected.</summary>
    public const double PoorFitP = 0.01;
}
