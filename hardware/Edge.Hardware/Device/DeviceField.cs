// SPDX-License-Identifier: MIT
using System.Globalization;

namespace Edge.Hardware.Device;

/// <summary>One numeric field of the device file: its JSON name, meaning, valid range and how to read/set it.</summary>
internal sealed class DeviceField
{
    public DeviceField(
        string jsonName,
        string meaning,
        double minimum,
        bool minimumInclusive,
        double maximum,
        Func<DeviceParameters, double> get,
        Func<DeviceParameters, double, DeviceParameters> set)
    {
        JsonName = jsonName;
        Meaning = meaning;
        Minimum = minimum;
        MinimumInclusive = minimumInclusive;
        Maximum = maximum;
        Get = get;
        Set = set;
    }

    public string JsonName { get; }

    public string Meaning { get; }

    public double Minimum { get; }

    public bool MinimumInclusive { get; }

    /// <summary>Inclusive upper limit; +infinity when unbounded.</summary>
    public double Maximum { get; }

    public Func<DeviceParameters, double> Get { get; }

    public Func<DeviceParameters, double, DeviceParameters> Set { get; }

    public bool Accepts(double value) =>
        double.IsFinite(value)
        && (MinimumInclusive ? value >= Minimum : value > Minimum)
        && value <= Maximum;

    /// <summary>The valid range in words, e.g. "a number > 0" or "a number from 0 to 1".</summary>
    public string RangeText()
    {
        string low = Minimum.ToString(CultureInfo.InvariantCulture);
        if (double.IsPositiveInfinity(Maximum))
        {
            return MinimumInclusive ? $"a number >= {low}" : $"a number > {low}";
        }

        string high = Maximum.ToString(CultureInfo.InvariantCulture);
        return MinimumInclusive ? $"a number from {low} to {high}" : $"a number > {low} and <= {high}";
    }
}
