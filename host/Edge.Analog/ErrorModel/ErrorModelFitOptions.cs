// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>How the per-level fit regularises, pools and judges its levels.</summary>
/// <param name="MinimumSamples">
/// Samples a level needs of its own (default 8): with fewer it pools the samples of its nearest neighbours (the prior
/// alone cannot place loc from one or two samples).
/// </param>
/// <param name="MaximumBorrowDistance">
/// How far (in levels, each side) a level may reach for samples (default 4). Program error changes smoothly with the
/// level, so near neighbours describe it; further away they describe a different part of the device range.
/// </param>
/// <param name="NeighbourhoodSamples">
/// Samples the neighbourhood fit behind each level's prior gathers (default 400): the window of levels around k grows
/// until it holds that many. 400 samples pin the scale to about 4 % and nu to tens of percent.
/// </param>
/// <param name="LnScalePriorSd">
/// Standard deviation of a level's ln scale around its neighbourhood's (default 0.5: a level may differ from its
/// neighbours by a factor 1.6 at one sigma before the prior resists; 66 samples measure ln scale to about 0.12).
/// </param>
/// <param name="LnNuPriorSd">
/// Standard deviation of a level's ln nu around its neighbourhood's (default 1: nu is weakly identified from tens of
/// samples, so a level's tails follow its neighbours unless its own samples clearly say otherwise).
/// </param>
/// <param name="BootstrapReplicates">
/// Parametric-bootstrap replicates of each level's Kolmogorov-Smirnov test (default 199; 0 = no p-values). Each
/// replicate draws the level's sample count from the fitted t and refits it, so the p-value accounts for the fitted
/// parameters (the tabulated KS distribution does not).
/// </param>
/// <param name="Family">
/// Which error distributions a level may take (default <see cref="ErrorFamily.Auto"/>: the t or, where cells were
/// accepted inside a verify band, the seek band; <see cref="ErrorFamily.StudentT"/> = the paper's t everywhere).
/// </param>
/// <param name="Seed">Seed of the bootstrap draws (each level draws from its own stream, so results do not depend on threads).</param>
public sealed record ErrorModelFitOptions(
    int MinimumSamples = 8,
    int MaximumBorrowDistance = 4,
    int NeighbourhoodSamples = 400,
    double LnScalePriorSd = 0.5,
    double LnNuPriorSd = 1.0,
    int BootstrapReplicates = 199,
    ulong Seed = 1,
    ErrorFamily Family = ErrorFamily.Auto);
