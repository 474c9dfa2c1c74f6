// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// One FFP run (paper Fig. 3b/3c): R_FF, the read before every pulse event, and the voltage each event applied.
/// </summary>
/// <param name="Direction">Programming direction.</param>
/// <param name="ResistancesOhms">
/// R read before pulse event 0, 1, ..., plus the read after the last event (so one more value than
/// <paramref name="WriteVolts"/>), ohm.
/// </param>
/// <param name="WriteVolts">Voltage magnitude of pulse event 0, 1, ..., V (the table's Vw(R_FF[i])).</param>
public sealed record FfpTrace(Direction Direction, IReadOnlyList<double> ResistancesOhms, IReadOnlyList<double> WriteVolts);
