// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Analog.Formats;

/// <summary>
/// How a programming <see cref="Direction"/> is spelled in calibration files, error-model files, CSVs and on the
/// command line: the one conversion between the enum and its names. Potentiation raises the normalised value y (R
/// falls from HRS towards LRS); depression lowers it.
/// </summary>
public static class DirectionNames
{
    /// <summary>Potentiation: starts at HRS (y = 0) and raises y.</summary>
    public const string Potentiation = "potentiation";

    /// <summary>Depression: starts at LRS (y = 1) and lowers y.</summary>
    public const string Depression = "depression";

    /// <summary>"potentiation" or "depression".</summary>
    public static string Of(Direction direction) => direction == Direction.Potentiation ? Potentiation : Depression;

    /// <summary>True when <paramref name="value"/> is one of the two spellings (exact, lower case).</summary>
    public static bool IsValid(string? value) => value is Potentiation or Depression;

    /// <summary>The direction spelled <paramref name="value"/> (case-insensitive, surrounding spaces ignored).</summary>
    public static bool TryParse(string? value, out Direction direction)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case Potentiation:
                direction = Direction.Potentiation;
                return true;
            case Depression:
                direction = Direction.Depression;
                return true;
            default:
                direction = Direction.Potentiation;
                return false;
        }
    }
}
