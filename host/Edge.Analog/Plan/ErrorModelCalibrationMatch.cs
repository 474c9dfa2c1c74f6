// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.ErrorModel;
using Edge.Analog.Errors;

namespace Edge.Analog.Plan;

/// <summary>
/// Refuses an error model that does not describe a calibration's levels: a model quantises onto its own level count
/// and normalises resistances with its own window, so with another calibration's level table every weight would be
/// placed on the wrong resistance.
/// </summary>
public static class ErrorModelCalibrationMatch
{
    /// <summary>Windows closer than this fraction of their width (or 1 mOhm) are the same.</summary>
    public const double WindowTolerance = 1e-4;

    /// <summary>Throws <see cref="EdgeException"/> (<see cref="ExitCode.BadInput"/>) naming both values when level count or window differ.</summary>
    /// <param name="model">The error model.</param>
    /// <param name="modelName">How to name it (its file).</param>
    /// <param name="levels">The calibration's level table.</param>
    /// <param name="calibrationName">How to name the calibration (its folder).</param>
    public static void Require(ProgramErrorModel model, string modelName, CalibrationLevels levels, string calibrationName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(levels);
        if (model.Levels != levels.Levels)
        {
            throw new EdgeException(ExitCode.BadInput, $"{modelName}: the error model has {model.Levels} levels but the level table of {calibrationName} has {levels.Levels}; fit the model from this calibration ('edge fit --calibration {calibrationName} --levels {levels.Levels}').");
        }

        if (model.WindowOhm is [double low, double high])
        {
            double calibratedLow = Math.Min(levels.TargetOhms[0], levels.TargetOhms[^1]);
            double calibratedHigh = Math.Max(levels.TargetOhms[0], levels.TargetOhms[^1]);
            double tolerance = Math.Max(1e-3, WindowTolerance * (calibratedHigh - calibratedLow));
            if (Math.Abs(low - calibratedLow) > tolerance || Math.Abs(high - calibratedHigh) > tolerance)
            {
                throw new EdgeException(ExitCode.BadInput, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{modelName}: the error model's window is {low:F3}..{high:F3} ohm but the calibration {calibrationName} normalises with {calibratedLow:F3}..{calibratedHigh:F3} ohm; fit the model from this calibration ('edge fit --calibration {calibrationName} --levels {levels.Levels}')."));
            }
        }
    }

    /// <summary>The window [R_min, R_max] of a level table, ohm (what <see cref="CalibrationLevels.Normalise"/> uses).</summary>
    public static double[] WindowOhm(CalibrationLevels levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return [Math.Min(levels.TargetOhms[0], levels.TargetOhms[^1]), Math.Max(levels.TargetOhms[0], levels.TargetOhms[^1])];
    }
}
