// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;

namespace Edge.Cli.Commands;

/// <summary>
/// Parses an option's text with a library parser and names the option in the error: the library says what is wrong
/// with the value, only the command line knows which flag carried it.
/// </summary>
internal static class OptionValue
{
    /// <summary>Returns <paramref name="parse"/>(<paramref name="text"/>); an error gets "<paramref name="flag"/> " in front.</summary>
    public static T Parse<T>(string flag, string text, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(text);
        }
        catch (EdgeException ex)
        {
            throw new EdgeException(ex.ExitCode, $"{flag} {ex.Message}", ex);
        }
    }

    /// <summary>Returns <paramref name="value"/> when it is at least 1; otherwise a usage error naming the option.</summary>
    public static int Positive(int value, string flag) =>
        value > 0 ? value : throw new EdgeException(ExitCode.Usage, $"{flag} {value}: must be at least 1.");

    /// <summary>Returns <paramref name="value"/> when it is at least 0; otherwise a usage error naming the option.</summary>
    public static int NonNegative(int value, string flag) =>
        value >= 0 ? value : throw new EdgeException(ExitCode.Usage, $"{flag} {value}: must be 0 or more.");

    /// <summary>Parses a comma-separated list; a malformed or empty one is a usage error naming the option.</summary>
    public static T[] List<T>(string text, string flag, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse).ToArray();
            return values.Length > 0 ? values : throw new FormatException("empty");
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new EdgeException(ExitCode.Usage, $"{flag} '{text}': expected a comma-separated list of numbers.", ex);
        }
    }
}
