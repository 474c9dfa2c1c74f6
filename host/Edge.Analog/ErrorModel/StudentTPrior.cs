// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// A log-normal prior on the scale and the degrees of freedom of a Student's t (the regularisation of the per-level
/// fit): ln scale ~ N(ln <paramref name="Scale"/>, <paramref name="LnScaleSd"/>^2) and
/// ln nu ~ N(ln <paramref name="Nu"/>, <paramref name="LnNuSd"/>^2). Working on logarithms keeps both positive and makes
/// "a factor of e away from the neighbours" cost the same at every scale.
/// </summary>
/// <param name="Scale">Prior median of the scale, in the unit of the data, &gt; 0.</param>
/// <param name="LnScaleSd">Prior standard deviation of ln scale, &gt; 0 (large = weak).</param>
/// <param name="Nu">Prior median of nu, &gt; 0.</param>
/// <param name="LnNuSd">Prior standard deviation of ln nu, &gt; 0 (large = weak).</param>
public readonly record struct StudentTPrior(double Scale, double LnScaleSd, double Nu, double LnNuSd)
{
    /// <summary>A prior too weak to matter at any sample size Edge sees (sd 30 in both logarithms).</summary>
    public static StudentTPrior Weak(double scale) => new(scale, 30, 5, 30);
}
