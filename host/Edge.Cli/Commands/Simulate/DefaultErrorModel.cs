// SPDX-License-Identifier: MIT
using Edge.Host.Crossbar;
using Edge.Host.ErrorModel;

namespace Edge.Cli.Commands.Simulate;

/// <summary>
/// The error model used without <c>--error-model</c>. Until the calibrated default virtual device is wired in
/// (replace <see cref="Source"/> with an <see cref="IDefaultErrorModelSource"/> that calibrates, fits and caches it),
/// this is the documented <see cref="FallbackErrorModelSource"/>, and results say <c>error_model_source: "fallback"</c>.
/// </summary>
internal static class DefaultErrorModel
{
    /// <summary>The source used when no file is given.</summary>
    public static IDefaultErrorModelSource Source { get; set; } = new FallbackErrorModelSource();

    /// <summary>Level count asked of the default source (the paper's 9 bits).</summary>
    public const int Levels = 512;

    /// <summary>The model from <paramref name="path"/>, or the default source's; with its results.json label.</summary>
    public static (ProgramErrorModel Model, string SourceName) Resolve(string? path)
        => path is null ? (Source.Get(Levels), Source.Name) : (ProgramErrorModel.Load(path), $"file:{path}");
}
