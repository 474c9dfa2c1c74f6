// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Analysis;

/// <summary>Why a grid cell's step cannot be put inside the window.</summary>
public enum FfpCellIssueKind
{
    /// <summary>Even the highest measured voltage steps less than the window's lower bound (the max voltage is used).</summary>
    TooWeak,

    /// <summary>Even the lowest measured voltage steps more than the window's upper bound (the min voltage is used).</summary>
    TooStrong,

    /// <summary>No voltage has enough pulses starting in this cell (the nearest decided cell's voltage is used).</summary>
    NoData,
}

/// <summary>A grid cell the table cannot cover, with the voltage it got anyway.</summary>
/// <param name="Cell">Cell index.</param>
/// <param name="LowOhms">Lower cell edge, ohm.</param>
/// <param name="HighOhms">Upper cell edge, ohm.</param>
/// <param name="Kind">Why the window is not reached there.</param>
/// <param name="ChosenVolts">The voltage the table holds for the cell, V.</param>
public sealed record FfpCellIssue(int Cell, double LowOhms, double HighOhms, FfpCellIssueKind Kind, double ChosenVolts);

/// <summary>A run of adjacent uncovered cells with the same cause.</summary>
/// <param name="LowOhms">Lower end, ohm.</param>
/// <param name="HighOhms">Upper end, ohm.</param>
/// <param name="Kind">Why the window is not reached there.</param>
public sealed record UncoveredRange(double LowOhms, double HighOhms, FfpCellIssueKind Kind);
