// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>The result of a penalised (maximum a posteriori) Student's t fit.</summary>
/// <param name="Parameters">The fitted loc, scale and nu.</param>
/// <param name="LogLikelihood">The log-likelihood of the data at <paramref name="Parameters"/> (the prior not included).</param>
/// <param name="NuDataWeight">
/// The share of the information about ln nu that comes from the data rather than the prior, in [0, 1]: the data's
/// observed information over the data's plus the prior's. Near 0 the data say almost nothing about the tails and nu is
/// the neighbours' (the prior's); above 0.5 the level's own samples decide it.
/// </param>
/// <param name="Iterations">Newton iterations used.</param>
public readonly record struct StudentTPenalisedFit(StudentTParameters Parameters, double LogLikelihood, double NuDataWeight, int Iterations);
