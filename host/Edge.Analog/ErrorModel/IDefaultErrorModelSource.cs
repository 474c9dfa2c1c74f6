// SPDX-License-Identifier: MIT

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Supplies the error model used when the user gives no <c>--error-model</c>: the default virtual device's model
/// (calibrated and fitted on first use, then cached) or, until that exists, <see cref="FallbackErrorModelSource"/>.
/// </summary>
public interface IDefaultErrorModelSource
{
    /// <summary>What results.json records as <c>error_model_source</c> ("fallback", "default-calibration", ...).</summary>
    string Name { get; }

    /// <summary>The model with <paramref name="levels"/> levels (2^b sub-models are selected from it).</summary>
    ProgramErrorModel Get(int levels);
}
