// SPDX-License-Identifier: MIT
namespace Edge.DeviceFit.Fitting;

/// <summary>One fitted device-file field.</summary>
/// <param name="Name">The device-file field.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Value">The estimate.</param>
/// <param name="HessianStandardError">Gauss-Newton standard error, sigma^2 (J^T J)^-1 mapped to the field by the delta
/// method; it treats every read as independent, so it understates the error of a sweep whose noise accumulates.</param>
/// <param name="BootstrapStandardError">Standard deviation of the estimate over refits to sweeps resampled (whole
/// sweeps, within each condition); null when no bootstrap was run.</param>
public sealed record ParameterEstimate(string Name, string Unit, double Value, double HessianStandardError, double? BootstrapStandardError)
{
    /// <summary>
    /// True when the estimate sits at an end of the field's range: the sweeps would move it further than the model
    /// allows, and its standard errors then say nothing.
    /// </summary>
    public bool AtRangeEdge { get; init; }
}
