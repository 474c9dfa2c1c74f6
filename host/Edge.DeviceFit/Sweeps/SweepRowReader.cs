// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Hardware.Device;
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Sweeps;

/// <summary>Finds the columns in the header and parses one row, saying which line and column is wrong and why.</summary>
internal sealed class SweepRowReader(string source)
{
    private const double MinimumWidthMs = 1;
    private const double MaximumWidthMs = 5000;
    private readonly Dictionary<string, int> columns = new(StringComparer.Ordinal);

    public void ReadHeader(string line)
    {
        string[] names = line.Split(',').Select(n => n.Trim()).ToArray();
        for (int i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i], i);
        }

        foreach (string required in SweepColumns.All)
        {
            if (!columns.ContainsKey(required))
            {
                throw new EdgeException(ExitCode.BadInput, $"{source}, line 1: column '{required}' is missing; the header must name the columns {SweepColumns.HeaderLine} (the format edge calibrate writes, docs/formats.md).");
            }
        }
    }

    public SweepRow Read(string line, int lineNumber)
    {
        string[] fields = line.Split(',');
        int needed = columns.Values.Max() + 1;
        if (fields.Length < needed)
        {
            throw new EdgeException(ExitCode.BadInput, string.Create(
                CultureInfo.InvariantCulture,
                $"{source}, line {lineNumber}: {fields.Length} field(s), the header has {needed}; every row gives {SweepColumns.HeaderLine}."));
        }

        string directionText = Field(fields, SweepColumns.Direction);
        if (!DirectionNames.IsValid(directionText) || !DirectionNames.TryParse(directionText, out Direction direction))
        {
            throw Error(lineNumber, SweepColumns.Direction, $"'{directionText}' is not a direction; write {DirectionNames.Potentiation} (R falls) or {DirectionNames.Depression} (R rises)");
        }

        double volts = Number(fields, lineNumber, SweepColumns.Volts);
        if (!(volts > 0 && volts <= DeviceParameters.MaxWriteVolts))
        {
            throw Error(lineNumber, SweepColumns.Volts, string.Create(
                CultureInfo.InvariantCulture,
                $"{volts} V is not a write voltage magnitude; write a number > 0 and <= {DeviceParameters.MaxWriteVolts} (the direction column gives the sign)"));
        }

        double width = Number(fields, lineNumber, SweepColumns.WidthMs);
        if (!(width >= MinimumWidthMs && width <= MaximumWidthMs))
        {
            throw Error(lineNumber, SweepColumns.WidthMs, string.Create(
                CultureInfo.InvariantCulture,
                $"{width} ms is outside the pulse widths a board applies; write a width from {MinimumWidthMs} to {MaximumWidthMs} ms"));
        }

        int repetition = Integer(fields, lineNumber, SweepColumns.Repetition);
        int pulse = Integer(fields, lineNumber, SweepColumns.Pulse);
        double ohms = Number(fields, lineNumber, SweepColumns.Resistance);
        if (!(ohms >= SweepsFile.MinimumOhms && ohms <= SweepsFile.MaximumOhms))
        {
            throw Error(lineNumber, SweepColumns.Resistance, string.Create(
                CultureInfo.InvariantCulture,
                $"{ohms} ohm is outside 1 ohm .. 1 Mohm; write the resistance in ohms (not kohm or mohm) of a device in that range"));
        }

        return new SweepRow(direction, volts, width, repetition, pulse, ohms);
    }

    public EdgeException Error(int lineNumber, string column, string what) =>
        new(ExitCode.BadInput, string.Create(CultureInfo.InvariantCulture, $"{source}, line {lineNumber}, column {columns[column] + 1} ('{column}'): {what}."));

    private string Field(string[] fields, string column) => fields[columns[column]].Trim();

    private double Number(string[] fields, int lineNumber, string column)
    {
        string text = Field(fields, column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw Error(lineNumber, column, $"'{text}' is not a number; write a decimal number with a point, e.g. 2.5");
        }

        return value;
    }

    private int Integer(string[] fields, int lineNumber, string column)
    {
        string text = Field(fields, column);
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < 0)
        {
            throw Error(lineNumber, column, $"'{text}' is not a whole number >= 0; write e.g. 0, 1, 2");
        }

        return value;
    }
}
