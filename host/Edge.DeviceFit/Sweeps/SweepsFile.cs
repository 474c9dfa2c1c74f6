// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Sweeps;

/// <summary>
/// Reads identical-pulse sweeps in the CSV format <c>edge calibrate</c> writes (docs/formats.md, "Identical-pulse
/// sweeps"). Every problem is an <see cref="EdgeException"/> (<see cref="ExitCode.BadInput"/>) naming the file, the
/// line, the column and what would be right.
/// </summary>
public static class SweepsFile
{
    /// <summary>Fewest pulses (after the initial read) a sweep needs: a saturating curve needs its bend and its end.</summary>
    public const int MinimumPulses = 10;

    /// <summary>Lowest accepted resistance, ohm (the table formats' range).</summary>
    public const double MinimumOhms = 1;

    /// <summary>Highest accepted resistance, ohm (1 Mohm).</summary>
    public const double MaximumOhms = 1e6;

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    public static IReadOnlyList<MeasuredSweep> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: file not found (give the sweeps.csv of a calibration or a converted bench export, docs/formats.md).");
        }

        return Parse(File.ReadLines(path), path);
    }

    /// <summary>Parses CSV lines; <paramref name="source"/> names them in messages.</summary>
    public static IReadOnlyList<MeasuredSweep> Parse(IEnumerable<string> lines, string source)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var reader = new SweepRowReader(source);
        var sweeps = new Dictionary<(Direction, double, double, int), SweepBuilder>();
        int lineNumber = 0;
        foreach (string line in lines)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                reader.ReadHeader(line);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var row = reader.Read(line, lineNumber);
            var key = (row.Direction, row.Volts, row.WidthMs, row.Repetition);
            if (!sweeps.TryGetValue(key, out var sweep))
            {
                sweep = new SweepBuilder(row, lineNumber);
                sweeps.Add(key, sweep);
            }

            int expected = sweep.Resistances.Count;
            if (row.Pulse != expected)
            {
                throw reader.Error(lineNumber, SweepColumns.Pulse, string.Create(
                    CultureInfo.InvariantCulture,
                    $"pulse {row.Pulse} of sweep {Describe(row)} (first row on line {sweep.FirstLine}) should be pulse {expected}: list each sweep's rows in pulse order 0, 1, 2, ... (0 = the read before the first pulse), one repetition number per sweep"));
            }

            sweep.Resistances.Add(row.ResistanceOhms);
        }

        if (lineNumber == 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"{source}: the file is empty; the first line must be the header {SweepColumns.HeaderLine}.");
        }

        var result = sweeps.Values.Select(s => s.Build()).ToList();
        Check(result, source);
        return result;
    }

    private static void Check(List<MeasuredSweep> sweeps, string source)
    {
        var tooShort = sweeps.FirstOrDefault(s => s.Pulses < MinimumPulses);
        if (tooShort is not null)
        {
            throw new EdgeException(ExitCode.BadInput, string.Create(
                CultureInfo.InvariantCulture,
                $"{source}, line {tooShort.FirstLine}, column 'pulse': sweep {Describe(tooShort)} has {tooShort.Pulses} pulse(s) after the initial read; the fit needs at least {MinimumPulses} per sweep (the paper measures 100)."));
        }

        foreach (var direction in new[] { Direction.Potentiation, Direction.Depression })
        {
            var ofDirection = sweeps.Where(s => s.Direction == direction).ToList();
            string name = DirectionNames.Of(direction);
            if (ofDirection.Count == 0)
            {
                throw new EdgeException(ExitCode.BadInput, $"{source}, column 'direction': no {name} sweeps; the fit needs sweeps in both directions (potentiation and depression).");
            }

            // Potentiation lowers R and depression raises it; the other way round on average means swapped labels.
            double meanChange = ofDirection.Average(s => s.ResistancesOhms[^1] - s.ResistancesOhms[0]);
            if (direction == Direction.Potentiation ? meanChange > 0 : meanChange < 0)
            {
                throw new EdgeException(ExitCode.BadInput, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source}, line {ofDirection[0].FirstLine}, column 'direction': the {name} sweeps {(meanChange > 0 ? "rise" : "fall")} by {Math.Abs(meanChange):G3} ohm on average, but {name} {(direction == Direction.Potentiation ? "lowers" : "raises")} R; are potentiation and depression swapped?"));
            }

            var volts = ofDirection.Select(s => s.Volts).Distinct().ToList();
            if (volts.Count < 2)
            {
                throw new EdgeException(ExitCode.BadInput, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source}, line {ofDirection[0].FirstLine}, column 'volts': every {name} sweep is at {volts[0]} V; the fit needs sweeps at 2 or more voltages per direction (better 5 or more from 0.3 to 7 V: how far a sweep saturates depends on the voltage)."));
            }
        }
    }

    private static string Describe(SweepRow r) =>
        string.Create(CultureInfo.InvariantCulture, $"({DirectionNames.Of(r.Direction)}, {r.Volts} V, {r.WidthMs} ms, repetition {r.Repetition})");

    private static string Describe(MeasuredSweep s) =>
        string.Create(CultureInfo.InvariantCulture, $"({DirectionNames.Of(s.Direction)}, {s.Volts} V, {s.WidthMs} ms, repetition {s.Repetition})");

    private sealed class SweepBuilder(SweepRow first, int firstLine)
    {
        public int FirstLine { get; } = firstLine;

        public List<double> Resistances { get; } = [];

        public MeasuredSweep Build() => new(first.Direction, first.Volts, first.WidthMs, first.Repetition, Resistances.ToArray(), FirstLine);
    }
}
