// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// The steps measured in one (write voltage, resistance cell) bin of a |dR| map. A step is the change of R one pulse
/// caused, counted positive in the programming direction (R falling for potentiation, rising for depression), so read
/// noise averages out instead of adding a fake |dR| where the device no longer moves.
/// </summary>
/// <param name="Count">Pulses whose starting R fell in this cell at this voltage.</param>
/// <param name="MedianStepOhms">Median step, ohm; null when <paramref name="Count"/> is 0.</param>
/// <param name="MeanStepOhms">Mean step, ohm; null when <paramref name="Count"/> is 0.</param>
public readonly record struct DeltaRCell(int Count, double? MedianStepOhms, double? MeanStepOhms);
