// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;
using Edge.Analog.Formats;

namespace Edge.Host.ErrorModel;

/// <summary>Reads <c>programming-samples.csv</c>, the repeated-programming record the calibration writes.</summary>
public static class ProgrammingSamplesCsv
{
    /// <summary>The file name inside a calibration directory.</summary>
    public const string FileName = "programming-samples.csv";

    /// <summary>
    /// The calibrated cell's own ladder samples, written beside <see cref="FileName"/> when that holds the array's
    /// samples (a model fitted from them has no cell-to-cell spread: the single-cell comparison).
    /// </summary>
    public const string LadderFileName = "ladder-samples.csv";

    /// <summary>The exact header line the calibration writes.</summary>
    public const string Header = "direction,levels,level,target,reached,actual";

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>
    /// Loads every row. A missing file, a different header, a row with the wrong number of fields, a number that does
    /// not parse or is not finite, an unknown direction or a level outside 0..levels-1 is an
    /// <see cref="EdgeException"/> (<see cref="ExitCode.BadInput"/>) naming the file, line and column.
    /// </summary>
    public static IReadOnlyList<ProgrammingSample> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: file not found (the calibration writes {FileName} into its --out directory).");
        }

        Edge.Analog.Formats.RunProvenance.Current.AddInput("programming_samples", path);

        var samples = new List<ProgrammingSample>();
        using var reader = new StreamReader(path);
        var header = reader.ReadLine();
        if (header is null || header.Trim().TrimStart('\uFEFF') != Header)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:1: header is '{header ?? "(empty file)"}', expected '{Header}'.");
        }

        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            samples.Add(ParseRow(path, line, lineNumber));
        }

        return samples;
    }

    private static ProgrammingSample ParseRow(string path, string line, int lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != Columns.Length)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: {fields.Length} fields, expected {Columns.Length} ({Header}).");
        }

        var direction = fields[0].Trim();
        if (!DirectionNames.IsValid(direction))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: direction '{direction}' is neither '{DirectionNames.Potentiation}' nor '{DirectionNames.Depression}'.");
        }

        var levels = ParseInt(path, lineNumber, 1, fields[1]);
        var level = ParseInt(path, lineNumber, 2, fields[2]);
        if (levels < 2)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: levels = {levels}, expected at least 2.");
        }

        if (level < 0 || level >= levels)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: level = {level}, expected 0..{levels - 1} for levels = {levels}.");
        }

        return new ProgrammingSample(
            direction,
            levels,
            level,
            ParseDouble(path, lineNumber, 3, fields[3]),
            ParseDouble(path, lineNumber, 4, fields[4]),
            ParseDouble(path, lineNumber, 5, fields[5]),
            lineNumber);
    }

    private static int ParseInt(string path, int lineNumber, int column, string text)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: {Columns[column]} = '{text}' is not an integer.");
        }

        return value;
    }

    private static double ParseDouble(string path, int lineNumber, int column, string text)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: {Columns[column]} = '{text}' is not a number.");
        }

        if (!double.IsFinite(value))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}:{lineNumber}: {Columns[column]} = {text} is not finite (NaN and infinities are not programming results).");
        }

        return value;
    }
}
