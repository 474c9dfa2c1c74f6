// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Host.ErrorModel;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>How a <see cref="Direction"/> is spelled in CSV and JSON files (shared with the error-model reader).</summary>
public static class DirectionNames
{
    /// <summary>"potentiation" or "depression".</summary>
    public static string Of(Direction direction)
        => direction == Direction.Potentiation ? ProgrammingDirection.Potentiation : ProgrammingDirection.Depression;
}
