// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.DeviceFit.Sweeps;

/// <summary>The direction names of the sweeps CSV, reports and file names (the names calibrate writes).</summary>
public static class SweepDirections
{
    /// <summary>"potentiation" or "depression".</summary>
    public static string Name(Direction direction) => direction == Direction.Potentiation ? "potentiation" : "depression";
}
