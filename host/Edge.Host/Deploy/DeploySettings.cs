// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;

namespace Edge.Host.Deploy;

/// <summary>Knobs of a deployment run (recorded in the journal).</summary>
public sealed record DeploySettings
{
    /// <summary>
    /// Reset each tile's cells to the start state before programming. Schemes that only move one way from HRS need it
    /// (FFP); the FFP seek loop reads where each cell is and moves it either way, so it skips the reset and its +-6 V
    /// pulses, which would otherwise be most of a deployment's device time.
    /// </summary>
    public bool ResetBeforeProgramming { get; init; } = true;

    /// <summary>Initialisation voltage magnitude before programming, V (to HRS: negative pulses).</summary>
    public double InitVolts { get; init; } = 6.0;

    /// <summary>
    /// Initialisation pulses per cell and polarity: the paper's +-6 V loop, +6 V first then -6 V, so the start state
    /// does not depend on how far past the bound an earlier tile's pulses pushed the cell (as the calibration does).
    /// </summary>
    public int InitPulses { get; init; } = 10;

    /// <summary>Initialisation pulse width, ms.</summary>
    public double InitWidthMs { get; init; } = 800;

    /// <summary>
    /// A cell that already reads at or above this resistance is at the start state (HRS) and is not initialised again,
    /// ohm; null initialises every cell. Reading first makes initialisation idempotent: a resumed deployment does not
    /// pulse cells it already initialised.
    /// </summary>
    public double? StartStateOhms { get; init; }

    /// <summary>
    /// The start-state threshold of a level table: two levels below level 0's target (a cell that close to HRS is
    /// stepped up by the feedforward loop anyway; only cells further along need the -6 V reset).
    /// </summary>
    public static double StartState(CalibrationLevels levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return levels.TargetOhms[0] - (2.0 * Math.Abs(levels.TargetOhms[0] - levels.TargetOhms[1]));
    }
}
