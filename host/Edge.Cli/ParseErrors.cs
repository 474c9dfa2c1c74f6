// SPDX-License-Identifier: MIT
using System.Text.RegularExpressions;

namespace Edge.Cli;

/// <summary>
/// Rewrites the parser's type errors ("as expected type 'System.Int32'") into what a user can act on: the option, the
/// value given and the kind of value it takes.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>The parser's message, with .NET type names replaced by the kind of value expected.</summary>
    public static string Explain(string message)
    {
        var match = TypeError().Match(message);
        if (!match.Success)
        {
            return message;
        }

        string type = match.Groups["type"].Value;
        string kind = type switch
        {
            _ when type.Contains("Int32", StringComparison.Ordinal) || type.Contains("Int64", StringComparison.Ordinal) || type.Contains("UInt64", StringComparison.Ordinal) => "a whole number, e.g. 3",
            _ when type.Contains("Double", StringComparison.Ordinal) => "a number, e.g. 0.5",
            _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false (or leave the value out)",
            _ => "another value (see --help)",
        };
        return $"{match.Groups["option"].Value} '{match.Groups["value"].Value}': expected {kind}.";
    }

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex TypeError();
}
