// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>Writes |dR| maps as CSV (one row per voltage x resistance cell; empty bins have count 0 and empty values).</summary>
public static class DeltaRMapCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "direction,cell_low_ohm,cell_high_ohm,write_volts,count,median_step_ohm,mean_step_ohm";

    /// <summary>Writes every row of every map to <paramref name="path"/> (directory created if needed).</summary>
    public static void Write(string path, IEnumerable<DeltaRMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var writer = new StreamWriter(path);
        writer.WriteLine(Header);
        foreach (var row in maps.SelectMany(m => m.ToRows()))
        {
            writer.WriteLine(Format(row));
        }
    }

    /// <summary>One row in the header's column order, invariant culture, round-trip precision.</summary>
    public static string Format(DeltaRRow row)
    {
        var c = CultureInfo.InvariantCulture;
        return string.Join(
            ',',
            DirectionNames.Of(row.Direction),
            row.CellLowOhms.ToString("R", c),
            row.CellHighOhms.ToString("R", c),
            row.WriteVolts.ToString("R", c),
            row.Cell.Count.ToString(c),
            row.Cell.MedianStepOhms?.ToString("R", c) ?? string.Empty,
            row.Cell.MeanStepOhms?.ToString("R", c) ?? string.Empty);
    }
}
