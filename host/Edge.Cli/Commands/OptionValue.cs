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
}
