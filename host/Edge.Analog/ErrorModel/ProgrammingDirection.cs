// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The two programming directions as they are spelled in calibration files, error-model files and on the command line.
/// Potentiation raises the normalised value y (R falls from HRS towards LRS); depression lowers it.
/// </summary>
public static class ProgrammingDirection
{
    /// <summary>Potentiation: starts at HRS (y = 0) and raises y.</summary>
    public const string Potentiation = "potentiation";

    /// <summary>Depression: starts at LRS (y = 1) and lowers y.</summary>
    public const string Depression = "depression";

    /// <summary>True when <paramref name="value"/> is one of the two spellings (exact, lower case).</summary>
    public static bool IsValid(string? value) => value is Potentiation or Depression;
}
