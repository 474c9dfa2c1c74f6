// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// Turns the array calibration's traces into per-cell corrections (docs/calibration.md, "Array"): each cell's window
/// as read, and its rate relative to the reference cell: the median per-pulse q of its rate pulses toward the bound of
/// the rate voltage, mapped into the cell's own window, over the reference cell's.
/// </summary>
public static class ArrayAnalysis
{
    /// <summary>One cell's corrections in host units.</summary>
    public sealed record CellCorrection(int Cell, double HrsOhms, double LrsOhms, double PotentiationRate, double DepressionRate);

    /// <summary>Corrections of every traced cell, ordered by cell; the reference cell's rates are 1.</summary>
    /// <param name="traces">One trace per cell 0 .. N-1.</param>
    /// <param name="models">The saturation models, potentiation then depression (bounds in the reference cell's ohms).</param>
    /// <param name="referenceCell">The cell the tables were calibrated on.</param>
    /// <param name="rateVolts">The voltage of the rate pulses.</param>
    public static IReadOnlyList<CellCorrection> Analyse(IReadOnlyList<CellWindowTrace> traces, IReadOnlyList<SaturationModel> models, int referenceCell, double rateVolts)
    {
        ArgumentNullException.ThrowIfNull(traces);
        ArgumentNullException.ThrowIfNull(models);
        var reference = traces.FirstOrDefault(t => t.Cell == referenceCell)
            ?? throw new ArgumentException($"no trace of the reference cell {referenceCell}", nameof(traces));
        double Normalised(Direction d) => (models[d == Direction.Potentiation ? 0 : 1].BoundAt(rateVolts) - reference.LrsOhms) / (reference.HrsOhms - reference.LrsOhms);
        double? Rate(CellWindowTrace t, Direction d)
        {
            double bound = t.LrsOhms + (Normalised(d) * (t.HrsOhms - t.LrsOhms));
            return SaturationRate.Median(d == Direction.Potentiation ? t.PotentiationReadsOhms : t.DepressionReadsOhms, bound, d);
        }

        double referencePotentiation = Rate(reference, Direction.Potentiation) ?? throw new ArgumentException("the reference cell's potentiation rate pulses did not move it", nameof(traces));
        double referenceDepression = Rate(reference, Direction.Depression) ?? throw new ArgumentException("the reference cell's depression rate pulses did not move it", nameof(traces));

        // A cell whose rate pulses did not move measurably keeps the reference rate: the seek loop's reads still correct it.
        return traces.OrderBy(t => t.Cell).Select(t => new CellCorrection(
            t.Cell,
            t.HrsOhms,
            t.LrsOhms,
            (Rate(t, Direction.Potentiation) ?? referencePotentiation) / referencePotentiation,
            (Rate(t, Direction.Depression) ?? referenceDepression) / referenceDepression)).ToList();
    }

    /// <summary>The corrections in the table format (mOhm, rates in 1/4096).</summary>
    public static ArrayCorrections ToTable(IReadOnlyList<CellCorrection> cells, uint deviceId, uint calibrationId)
    {
        ArgumentNullException.ThrowIfNull(cells);
        static ushort Rate(double r) => (ushort)Math.Clamp(Math.Round(r * ArrayCorrections.RateUnit), 1, ushort.MaxValue);
        return new ArrayCorrections
        {
            DeviceId = deviceId,
            CalibrationId = calibrationId,
            LowMilliohms = cells.Select(c => Units.ToMilliohms(c.LrsOhms, $"LRS of cell {c.Cell}")).ToArray(),
            HighMilliohms = cells.Select(c => Units.ToMilliohms(c.HrsOhms, $"HRS of cell {c.Cell}")).ToArray(),
            PotentiationRate = cells.Select(c => Rate(c.PotentiationRate)).ToArray(),
            DepressionRate = cells.Select(c => Rate(c.DepressionRate)).ToArray(),
        };
    }
}
