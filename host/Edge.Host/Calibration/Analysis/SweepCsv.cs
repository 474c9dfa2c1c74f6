// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// sweeps.csv, the identical-pulse sweeps of a calibration (docs/formats.md, "Identical-pulse sweeps"): one row per
/// read, pulse 0 the read after initialisation. <c>edge device fit</c> reads the same format.
/// </summary>
public static class SweepCsv
{
    /// <summary>The header line, column names in order.</summary>
    public const string Header = "direction,volts,width_ms,repetition,pulse,resistance_ohm";

    /// <summary>Writes every trace (all measured at <paramref name="widthMs"/>) to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<SweepTrace> traces, double widthMs)
    {
        ArgumentNullException.ThrowIfNull(traces);
        File.WriteAllLines(path, new[] { Header }.Concat(traces.SelectMany(t =>
            new[] { t.InitialOhms }.Concat(t.ResistancesOhms).Select((r, pulse) => Row(t, widthMs, pulse, r)))));
    }

    private static string Row(SweepTrace t, double widthMs, int pulse, double ohms) => string.Create(
        CultureInfo.InvariantCulture,
        $"{DirectionNames.Of(t.Direction)},{t.WriteVolts:R},{widthMs:R},{t.Repetition},{pulse},{ohms:R}");
}
