// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>Cycle-to-cycle endurance of one (direction, write voltage) condition (paper Fig. 2b).</summary>
/// <param name="Direction">Programming direction.</param>
/// <param name="WriteVolts">Write voltage magnitude, V.</param>
/// <param name="Repetitions">Number of repetitions measured.</param>
/// <param name="PearsonToLast">
/// Pearson correlation (eq. 1) of the last repetition's R array with each earlier one, in repetition order; null where
/// it is undefined because one of the two arrays is constant (a voltage too small to move R at the ADC resolution).
/// </param>
/// <param name="MeanPearson">Mean of the defined <paramref name="PearsonToLast"/> values; null if none is defined.</param>
/// <param name="DynamicRangeOhms">
/// Mean over repetitions of R_max - R_min of the run, the initial read included (the range one run sweeps), ohm.
/// </param>
public sealed record EnduranceEntry(
    Direction Direction,
    double WriteVolts,
    int Repetitions,
    IReadOnlyList<double?> PearsonToLast,
    double? MeanPearson,
    double DynamicRangeOhms);
