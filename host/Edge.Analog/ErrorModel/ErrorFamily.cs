// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>Which error distributions the per-level fit may use.</summary>
public enum ErrorFamily
{
    /// <summary>Per level, the better (higher likelihood, both have three parameters) of the Student's t and the seek band.</summary>
    Auto,

    /// <summary>The paper's Student's t on every level.</summary>
    StudentT,
}
