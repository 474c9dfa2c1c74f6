// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>Unit conversions between the host's double ohms/volts and the table formats' integer mOhm/mV.</summary>
public static class Units
{
    /// <summary>
    /// R in ohm -> mOhm, rounded; outside the formats' 1 ohm .. 1 MOhm range it is an <see cref="EdgeException"/>
    /// naming <paramref name="what"/> (a measured value the tables cannot hold).
    /// </summary>
    public static uint ToMilliohms(double resistanceOhms, string what)
    {
        double milliohms = Math.Round(resistanceOhms * 1000.0);
        if (!double.IsFinite(milliohms) || milliohms < FormatLimits.MinMilliohms || milliohms > FormatLimits.MaxMilliohms)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{what}: {resistanceOhms} ohm is outside the table range {FormatLimits.MinMilliohms / 1000} ohm .. {FormatLimits.MaxMilliohms / 1000} ohm.");
        }

        return (uint)milliohms;
    }

    /// <summary>
    /// Write voltage magnitude in V -> mV, rounded; outside 1 mV .. 7000 mV (the controller's hard limit) it is an
    /// <see cref="EdgeException"/> naming <paramref name="what"/>.
    /// </summary>
    public static ushort ToMillivolts(double volts, string what)
    {
        double millivolts = Math.Round(volts * 1000.0);
        if (!double.IsFinite(millivolts) || millivolts < FormatLimits.MinWriteMillivolts || millivolts > FormatLimits.MaxWriteMillivolts)
        {
            throw new EdgeException(
                ExitCode.BadInput,
                $"{what}: write voltage {volts} V is outside {FormatLimits.MinWriteMillivolts} .. {FormatLimits.MaxWriteMillivolts} mV.");
        }

        return (ushort)millivolts;
    }
}
