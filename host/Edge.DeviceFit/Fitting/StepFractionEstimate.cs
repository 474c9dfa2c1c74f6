// SPDX-License-Identifier: MIT
using Edge.DeviceFit.Sweeps;

namespace Edge.DeviceFit.Fitting;

/// <summary>The fitted step fraction 1 - exp(-(w/tau) sinh(|V|/V_d)) of one measured condition.</summary>
/// <param name="Condition">Direction, voltage and width.</param>
/// <param name="Value">The fraction of the distance to the bound one pulse's drift closes.</param>
/// <param name="BootstrapStandardError">Its standard deviation over the bootstrap refits; null without a bootstrap.</param>
public sealed record StepFractionEstimate(SweepCondition Condition, double Value, double? BootstrapStandardError);
