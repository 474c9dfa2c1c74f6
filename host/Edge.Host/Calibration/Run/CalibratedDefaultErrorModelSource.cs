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
    public ProgramErrorModel Get(int levels)
    {
        string folder = DefaultCalibration.GetOrCreate(log, boards);
        string path = Path.Combine(folder, $"error-model-{levels}-potentiation.json");
        if (File.Exists(path))
        {
            return ProgramErrorModel.Load(path);
        }

        log.WriteLine($"Fitting the default device's {levels}-level error model once ({path}).");
        return ErrorModelFitRun.Run(folder, levels, DirectionNames.Potentiation, path, new ErrorModelFitOptions(), 1).Model;
    }
}
