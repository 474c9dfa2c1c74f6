// SPDX-License-Identifier: MIT
using System.Globalization;

namespace Edge.Host.Deploy;

/// <summary>The deploy summary's device-time line: hours, and days or years when that is what it amounts to.</summary>
public static class DeployTimeText
{
    /// <summary>"device time 3.2 h; wall 4.1 s; results in DIR", with days (over 2 days) or years (over a year) added.</summary>
    public static string Summary(double deviceSeconds, double wallSeconds, string outDir)
    {
        double hours = deviceSeconds / 3600;
        double days = hours / 24;
        string scale = days >= 365 ? string.Create(CultureInfo.InvariantCulture, $" = {days / 365.25:F1} years")
            : days >= 2 ? string.Create(CultureInfo.InvariantCulture, $" = {days:F1} days") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"device time {hours:F1} h{scale} (one cell at a time, pulses + rests + reads); wall {wallSeconds:F1} s; results in {outDir}");
    }
}
