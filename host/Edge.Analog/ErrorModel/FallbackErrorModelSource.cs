// SPDX-License-Identifier: MIT

using Edge.Analog.Formats;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// A documented placeholder until the calibrated default virtual device exists: a per-level Student's t model shaped
/// like the paper's Fig. 5a-c (error largest near HRS, small elsewhere). Every result made with it says
/// <c>error_model_source: "fallback"</c>. Parameters (normalised units, y = level k/(n-1)):
/// reached level = y (even grid); loc = 0; scale s(y) = <see cref="BaseScale"/> +
/// <see cref="HrsExtraScale"/> exp(-y / <see cref="HrsDecay"/>); nu = <see cref="DegreesOfFreedom"/>.
/// </summary>
public sealed class FallbackErrorModelSource : IDefaultErrorModelSource
{
    /// <summary>Scale of the t error away from HRS (about a 9-bit level step, 1/511).</summary>
    public const double BaseScale = 0.002;

    /// <summary>Extra scale at HRS, where the paper's error dominates.</summary>
    public const double HrsExtraScale = 0.006;

    /// <summary>Decay length of the HRS excess (normalised units).</summary>
    public const double HrsDecay = 0.05;

    /// <summary>Degrees of freedom of every level's t (heavy tails, as the FFP data show).</summary>
    public const double DegreesOfFreedom = 4.0;

    /// <summary>The level count the fallback is built for by default (the paper's 9 bits).</summary>
    public const int DefaultLevels = 512;

    /// <inheritdoc/>
    public string Name => "fallback";

    /// <inheritdoc/>
    public ProgramErrorModel Get(int levels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        var targets = Enumerable.Range(0, levels).Select(k => (double)k / (levels - 1)).ToArray();
        return new ProgramErrorModel(
            DirectionNames.Potentiation,
            "fallback",
            targets,
            (double[])targets.Clone(),
            new double[levels],
            targets.Select(y => BaseScale + (HrsExtraScale * Math.Exp(-y / HrsDecay))).ToArray(),
            Enumerable.Repeat(DegreesOfFreedom, levels).ToArray(),
            new double[levels],
            new int[levels]);
    }
}
