// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Run;

/// <summary>
/// summary.json of a calibration (documented field names, see docs/calibration.md; snake_case on disk). Written by the
/// calibration; readers that need one field (the error model's source id) use <see cref="Formats.CalibrationFolder"/>.
/// </summary>
public sealed record CalibrationSummary
{
    public required string CalibrationId { get; init; }

    public required DeviceSummary Device { get; init; }

    public required SweepSummary Sweep { get; init; }

    public required FfpSummary Ffp { get; init; }

    public required IReadOnlyList<LevelSummary> Levels { get; init; }

    /// <summary>The FFP table refinement (Edge extension): rounds run, whether it converged, and each round's runs.</summary>
    public required RefinementSummary Refinement { get; init; }

    /// <summary>The array calibration and the FFP seek table (Edge extension): per-cell spreads, common window, seek rates.</summary>
    public ArraySummary? Array { get; init; }

    /// <summary>Where programming-samples.csv (the error model's data) came from.</summary>
    public ErrorSamplesSummary? ErrorSamples { get; init; }

    public required TablesSummary Tables { get; init; }

    public required double DeviceSeconds { get; init; }

    public required double SecondsWall { get; init; }

    public required long Seed { get; init; }

    public required string BoardId { get; init; }

    public required string DeviceFingerprint { get; init; }

    public required bool Resumed { get; init; }

    public required CalibrationSettings Settings { get; init; }
}

/// <summary>The device window as measured.</summary>
public sealed record DeviceSummary(double HrsOhm, double LrsOhm, double Ratio);

/// <summary>Identical-pulse endurance per voltage (paper Fig. 2b).</summary>
public sealed record SweepSummary(
    IReadOnlyList<double> Voltages,
    IReadOnlyList<double?> PearsonPotentiation,
    IReadOnlyList<double?> PearsonDepression,
    IReadOnlyList<double> RangePotentiationOhm,
    IReadOnlyList<double> RangeDepressionOhm);

/// <summary>FFP cycles run by the board (paper Fig. 3).</summary>
public sealed record FfpSummary(
    IReadOnlyList<double> WindowOhm,
    int Cycles,
    double PulsesPotentiationMean,
    double PulsesPotentiationStd,
    double PulsesDepressionMean,
    double PulsesDepressionStd,
    int UncoveredCellsPotentiation,
    int UncoveredCellsDepression,
    int TableCells,
    double MedianStepPotentiationOhm,
    double MedianStepDepressionOhm,
    double CellsInWindowPotentiation,
    double CellsInWindowDepression,
    double MeanWritePowerPotentiationMilliwatts,
    double MeanWritePowerDepressionMilliwatts);

/// <summary>The FFP table refinement from the board's own FFP runs.</summary>
/// <param name="Rounds">Rounds run (board FFP runs per direction).</param>
/// <param name="Converged">True when the last round's runs met the in-window criterion with the final table.</param>
/// <param name="BoundObservations">FFP bound observations the final model holds (potentiation + depression).</param>
/// <param name="History">Each round's runs.</param>
public sealed record RefinementSummary(int Rounds, bool Converged, int BoundObservations, IReadOnlyList<RefinementRound> History);

/// <summary>One level count in one direction (paper Fig. 4).</summary>
/// <param name="SkipProne">How many levels are skip-prone (CPD 80 % beyond the next level).</param>
/// <param name="SkipProneLevels">Which: level indices, 0 = the level nearest the state this direction starts from (HRS for
/// potentiation, LRS for depression), so where they sit can be compared with the paper (HRS region for potentiation).</param>
public sealed record LevelSummary(
    int N, string Direction, int Occupied, double Nu, double NuStandardError, double Nlf, int SkipProne, IReadOnlyList<int> SkipProneLevels, int Samples);

/// <summary>The table files written and the generation uploaded.</summary>
public sealed record TablesSummary(string Ffp, IReadOnlyDictionary<string, string> Levels, string TableSet, uint Generation);

/// <summary>
/// summary.json "error_samples": the error model's programming samples: their source (<c>array-ffp-seek</c>: many
/// cells, the deploy scheme; <c>ladder-single-cell</c>: the calibrated cell's ladder), cells, samples per level, total
/// samples kept (saturated reads are left out) and the device time they took, s (null for the ladder: counted in its phase).
/// </summary>
public sealed record ErrorSamplesSummary(string Source, int Cells, int PerLevel, int Samples, double? DeviceSeconds);
