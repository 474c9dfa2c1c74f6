// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;

namespace Edge.Host.Calibration.Analysis;

/// <summary>Boundary checks on measured runs, so a bad read is reported where it entered rather than as NaN later.</summary>
internal static class SweepChecks
{
    public static void Check(SweepTrace trace, string condition)
    {
        ArgumentNullException.ThrowIfNull(trace);
        if (!(trace.WriteVolts > 0) || !double.IsFinite(trace.WriteVolts))
        {
            throw new EdgeException(ExitCode.BadInput, $"{condition}: write voltage {trace.WriteVolts} V must be a positive magnitude.");
        }

        if (trace.ResistancesOhms is null || trace.ResistancesOhms.Count == 0)
        {
            throw new EdgeException(ExitCode.BadInput, $"{condition}, repetition {trace.Repetition}: no reads.");
        }

        CheckRead(trace.InitialOhms, condition, trace.Repetition, "initial read");
        for (int i = 0; i < trace.ResistancesOhms.Count; i++)
        {
            CheckRead(trace.ResistancesOhms[i], condition, trace.Repetition, $"read after pulse {i + 1}");
        }
    }

    public static void CheckRead(double resistanceOhms, string condition, int repetition, string which)
    {
        if (!(resistanceOhms > 0) || !double.IsFinite(resistanceOhms))
        {
            throw new EdgeException(
                ExitCode.BadInput, $"{condition}, repetition {repetition}, {which}: {resistanceOhms} ohm is not a positive finite resistance.");
        }
    }
}
