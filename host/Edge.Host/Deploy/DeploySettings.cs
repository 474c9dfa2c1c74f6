// SPDX-License-Identifier: MIT
namespace Edge.Host.Deploy;

/// <summary>Knobs of a deployment run (recorded in the journal).</summary>
public sealed record DeploySettings
{
    /// <summary>Initialisation voltage magnitude before programming, V (to HRS: negative pulses).</summary>
    public double InitVolts { get; init; } = 6.0;

    /// <summary>Initialisation pulses per cell.</summary>
    public int InitPulses { get; init; } = 10;

    /// <summary>Initialisation pulse width, ms.</summary>
    public double InitWidthMs { get; init; } = 800;
}
