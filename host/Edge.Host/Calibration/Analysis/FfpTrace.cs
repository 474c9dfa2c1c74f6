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
public sealed record FfpTrace(Direction Direction, IReadOnlyList<double> ResistancesOhms, IReadOnlyList<double> WriteVolts)
{
    /// <summary>
    /// Mean Joule power of the run's write pulses, W: V^2 / R per event, R the read before it. The paper reports this
    /// quantity per process (240.7 mW potentiation, 114.6 mW depression, its 15 um device); here R is the T1-T3 read
    /// resistance, so compare the ratio of the two directions, not the absolute milliwatts (the paper does not give the
    /// resistance of its T2-T4 write path).
    /// </summary>
    public double MeanWritePowerWatts()
    {
        if (WriteVolts.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        for (int i = 0; i < WriteVolts.Count; i++)
        {
            sum += WriteVolts[i] * WriteVolts[i] / ResistancesOhms[i];
        }

        return sum / WriteVolts.Count;
    }
}
