// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Host.Calibration.Run;
using Edge.Host.ErrorModel;
using Edge.Host.Virtual;

namespace Edge.Cli.Commands.Simulate;

/// <summary>
/// The error model used without <c>--error-model</c>: the default virtual device's, calibrated and fitted on first use
/// and cached (<see cref="CalibratedDefaultErrorModelSource"/>); results say <c>error_model_source:
/// "default-calibration"</c>. <see cref="FallbackErrorModelSource"/> remains for tests that must not calibrate.
/// </summary>
internal static class DefaultErrorModel
{
    /// <summary>The source used when no file is given.</summary>
    public static IDefaultErrorModelSource Source { get; set; } = new CalibratedDefaultErrorModelSource(Console.Error, VirtualBoards.Paper);

    /// <summary>Level count asked of the default source (the paper's 9 bits).</summary>
    public const int Levels = 512;

    /// <summary>The model from <paramref name="path"/>, or the default source's; with its results.json label.</summary>
    public static (ProgramErrorModel Model, string SourceName) Resolve(string? path)
        => path is null ? (Source.Get(Levels), Source.Name) : (ProgramErrorModel.Load(path), $"file:{path}");
}
