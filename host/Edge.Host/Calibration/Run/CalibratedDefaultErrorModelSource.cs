// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Formats;
using Edge.Host.ErrorModel;
using Edge.Host.Link;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// The error model used when a command is given none: the default virtual device (paper preset) calibrated once
/// (<see cref="DefaultCalibration"/>), fitted for the requested level count, both cached, so a first
/// <c>edge simulate</c> on a fresh machine uses a measured-and-fitted model of the device, not invented numbers.
/// </summary>
public sealed class CalibratedDefaultErrorModelSource(TextWriter log, IBoardFactory boards) : IDefaultErrorModelSource
{
    /// <inheritdoc/>
    public string Name => "default-calibration";

    /// <inheritdoc/>
    public ProgramErrorModel Get(int levels) => GetIn(DefaultCalibration.GetOrCreate(log, boards), levels, log);

    /// <summary>Where the fitted <paramref name="levels"/>-level model of a calibration folder is cached.</summary>
    public static string PathIn(string calibrationFolder, int levels) => Path.Combine(calibrationFolder, $"error-model-{levels}-potentiation.json");

    /// <summary>The calibration folder's <paramref name="levels"/>-level model, fitted with <c>edge fit</c>'s defaults once and cached there.</summary>
    public static ProgramErrorModel GetIn(string calibrationFolder, int levels, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        string path = PathIn(calibrationFolder, levels);
        if (File.Exists(path))
        {
            return ProgramErrorModel.Load(path);
        }

        log.WriteLine($"Fitting the {levels}-level error model of {calibrationFolder} once ({path}).");
        return ErrorModelFitRun.Run(calibrationFolder, levels, DirectionNames.Potentiation, path, new ErrorModelFitOptions(), 1).Model;
    }
}
