// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>
/// The figures a programming run is judged by (docs/programming.md): pulses per cell, rms level error and the fraction
/// within half a level over every cell with a read-back value (failed cells included: their error is real), the device
/// time the run took, and how many cells failed.
/// </summary>
/// <param name="Cells">Cells programmed.</param>
/// <param name="PulsesPerCellMean">Mean write pulses per cell.</param>
/// <param name="PulsesPerCellMax">Most write pulses one cell took.</param>
/// <param name="LevelErrorRms">Root mean square of the level error, levels.</param>
/// <param name="LevelErrorRmsDone">Root mean square of the level error over the cells the scheme reported done, levels:
/// the scheme's own precision, without the cells it could not bring to their level.</param>
/// <param name="LevelErrorMean">Mean level error (bias), levels; positive = above the target resistance.</param>
/// <param name="WithinHalfLevel">Fraction of cells with |level error| &lt;= 0.5 (a cell without a read-back counts as outside).</param>
/// <param name="DeviceSeconds">Device time of the run (pulses, duty-cycle rests, reads), s.</param>
/// <param name="CellsFailed">Cells the scheme reported failed.</param>
public sealed record ProgrammingStatistics(
    int Cells,
    double PulsesPerCellMean,
    int PulsesPerCellMax,
    double LevelErrorRms,
    double LevelErrorRmsDone,
    double LevelErrorMean,
    double WithinHalfLevel,
    double DeviceSeconds,
    int CellsFailed)
{
    /// <summary>Summarises outcomes of one run that took <paramref name="deviceSeconds"/> of device time.</summary>
    /// <exception cref="ArgumentException">No outcomes.</exception>
    public static ProgrammingStatistics From(IReadOnlyList<ProgrammingOutcome> outcomes, double deviceSeconds)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            throw new ArgumentException("no outcomes to summarise.", nameof(outcomes));
        }

        var errors = outcomes.Select(o => o.LevelError).Where(double.IsFinite).ToArray();
        var done = outcomes.Where(o => o.Status == ProgrammingStatus.Done).Select(o => o.LevelError).Where(double.IsFinite).ToArray();
        return new ProgrammingStatistics(
            outcomes.Count,
            outcomes.Average(o => (double)o.Pulses),
            outcomes.Max(o => o.Pulses),
            errors.Length == 0 ? double.NaN : Math.Sqrt(errors.Average(e => e * e)),
            done.Length == 0 ? double.NaN : Math.Sqrt(done.Average(e => e * e)),
            errors.Length == 0 ? double.NaN : errors.Average(),
            outcomes.Count(o => double.IsFinite(o.LevelError) && o.WithinHalfLevel) / (double)outcomes.Count,
            deviceSeconds,
            outcomes.Count(o => o.Status == ProgrammingStatus.Failed));
    }
}
