// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// One identical-pulse run of the characterisation (paper Fig. 2a): after initialisation, the same write pulse applied
/// again and again, with a read after every pulse.
/// </summary>
/// <param name="Direction">Potentiation (R falls, starts at HRS) or depression (R rises, starts at LRS).</param>
/// <param name="WriteVolts">Write voltage magnitude Vw, V (positive; the sign comes from the direction).</param>
/// <param name="Repetition">Repetition number of this (direction, voltage) condition; the highest is "the last".</param>
/// <param name="InitialOhms">R read after initialisation, before the first pulse, ohm.</param>
/// <param name="ResistancesOhms">R read after pulse 1, 2, ... (paper: 100 pulses), ohm.</param>
public sealed record SweepTrace(
    Direction Direction, double WriteVolts, int Repetition, double InitialOhms, IReadOnlyList<double> ResistancesOhms);
