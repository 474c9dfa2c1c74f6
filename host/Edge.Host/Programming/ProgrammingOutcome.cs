// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>What programming one cell did and where it left the cell.</summary>
/// <param name="Cell">Cell index.</param>
/// <param name="Level">Level that was asked for.</param>
/// <param name="Status">Done or failed (see <see cref="Reason"/>).</param>
/// <param name="Pulses">Write pulses this cell received for this target.</param>
/// <param name="FinalOhms">Resistance of the cell after programming, ohm: the last read of the scheme, or of <see cref="ReadBack"/> when applied (NaN when that read saturated or none was made).</param>
/// <param name="LevelError">(R_final - R_target) / local level spacing, in levels: positive = above the target resistance.</param>
/// <param name="Reason">Why the cell failed (empty when done).</param>
public sealed record ProgrammingOutcome(int Cell, int Level, ProgrammingStatus Status, int Pulses, double FinalOhms, double LevelError, string Reason)
{
    /// <summary>True when |level error| &lt;= 0.5: the read-back value is nearer this level than either neighbour.</summary>
    public bool WithinHalfLevel => Math.Abs(LevelError) <= 0.5;
}
