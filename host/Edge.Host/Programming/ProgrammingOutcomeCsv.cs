// SPDX-License-Identifier: MIT
using System.Globalization;

namespace Edge.Host.Programming;

/// <summary>Every cell's outcome of a programming comparison as CSV (one row per scheme, level count and cell).</summary>
public static class ProgrammingOutcomeCsv
{
    /// <summary>The header line, fixed.</summary>
    public const string Header = "scheme,levels,cell,level,status,pulses,final_ohm,level_error,reason";

    /// <summary>Writes the rows of every scheme run of <paramref name="comparisons"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<LevelComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        using var writer = new StreamWriter(path);
        writer.WriteLine(Header);
        foreach (var c in comparisons)
        {
            foreach (var run in new[] { c.Ffp, c.WriteVerify, c.Seek }.OfType<SchemeRun>())
            {
                foreach (var o in run.Outcomes)
                {
                    string reason = o.Reason.Replace('"', '\'');
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.Scheme},{c.Levels},{o.Cell},{o.Level},{o.Status.ToString().ToLowerInvariant()},{o.Pulses},{o.FinalOhms:F4},{o.LevelError:F4},\"{reason}\""));
                }
            }
        }
    }
}
