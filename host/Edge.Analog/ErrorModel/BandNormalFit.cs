// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>The result of a maximum-likelihood seek-band fit.</summary>
/// <param name="Parameters">The fitted loc, half-width and sigma.</param>
/// <param name="LogLikelihood">The maximised log-likelihood (natural log, summed over samples).</param>
public readonly record struct BandNormalFit(BandNormalParameters Parameters, double LogLikelihood);
