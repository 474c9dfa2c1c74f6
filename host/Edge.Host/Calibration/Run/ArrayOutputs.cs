// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Calibration.Plots;

namespace Edge.Host.Calibration.Run;

/// <summary>array.csv, the spread histograms and the summary.json "array" section of an array calibration.</summary>
internal static class ArrayOutputs
{
    public static ArraySummary Write(string dir, ArraySeekCalibration.Result result)
    {
        var cells = result.Cells;
        using (var writer = new StreamWriter(Path.Combine(dir, "array.csv")))
        {
            writer.WriteLine("cell,hrs_ohm,lrs_ohm,potentiation_rate,depression_rate");
            foreach (var c in cells)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Cell},{c.HrsOhms:F4},{c.LrsOhms:F4},{c.PotentiationRate:F4},{c.DepressionRate:F4}"));
            }
        }

        ArrayPlots.SaveHistogram(cells.Select(c => c.HrsOhms).ToList(), "HRS after -6 V", "R (ohm)", Path.Combine(dir, "array-hrs"));
        ArrayPlots.SaveHistogram(cells.Select(c => c.LrsOhms).ToList(), "LRS after +6 V", "R (ohm)", Path.Combine(dir, "array-lrs"));
        ArrayPlots.SaveHistogram(cells.Select(c => c.PotentiationRate).ToList(), "Potentiation rate / reference cell", "relative rate", Path.Combine(dir, "array-rate-potentiation"));
        ArrayPlots.SaveHistogram(cells.Select(c => c.DepressionRate).ToList(), "Depression rate / reference cell", "relative rate", Path.Combine(dir, "array-rate-depression"));
        return new ArraySummary(
            cells.Count,
            result.Corrections is not null,
            Spread.Of(cells.Select(c => c.HrsOhms)),
            Spread.Of(cells.Select(c => c.LrsOhms)),
            Spread.Of(cells.Select(c => c.PotentiationRate)),
            Spread.Of(cells.Select(c => c.DepressionRate)),
            cells.Max(c => c.LrsOhms),
            cells.Min(c => c.HrsOhms),
            result.Seek.Potentiation.Count,
            result.Seek.Potentiation.PulseWidthMicroseconds / 1000.0,
            result.Rates[0].Select(p => new[] { p.WriteVolts, p.Rate }).ToList(),
            result.Rates[1].Select(p => new[] { p.WriteVolts, p.Rate }).ToList());
    }
}

/// <summary>
/// summary.json "array": cells measured, whether their corrections are in the table set (only when every board cell was
/// measured), spreads, the common window (highest LRS .. lowest HRS), and the seek table (voltages, width, measured q).
/// </summary>
public sealed record ArraySummary(
    int Cells,
    bool InTableSet,
    Spread HrsOhm,
    Spread LrsOhm,
    Spread PotentiationRate,
    Spread DepressionRate,
    double CommonLrsOhm,
    double CommonHrsOhm,
    int SeekVoltages,
    double SeekWidthMs,
    IReadOnlyList<double[]> SeekRatesPotentiation,
    IReadOnlyList<double[]> SeekRatesDepression);

/// <summary>Mean, standard deviation, minimum and maximum of a quantity over the cells.</summary>
public sealed record Spread(double Mean, double Std, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var v = values.ToList();
        double mean = v.Average();
        return new Spread(mean, Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, v.Count - 1)), v.Min(), v.Max());
    }
}
