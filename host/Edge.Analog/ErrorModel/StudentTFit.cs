// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>The result of a maximum-likelihood Student's t fit.</summary>
/// <param name="Parameters">The fitted loc, scale and nu.</param>
/// <param name="LogLikelihood">The maximised log-likelihood (natural log, summed over samples).</param>
/// <param name="Degenerate">True when all samples were equal: scale is then the floor and nu the cap (no spread to fit).</param>
public readonly record struct StudentTFit(StudentTParameters Parameters, double LogLikelihood, bool Degenerate);
