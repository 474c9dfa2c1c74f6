// SPDX-License-Identifier: MIT
namespace Edge.Analog.Errors;

/// <summary>
/// An error a user can act on. The message names what is wrong (file, field, line, argument or board status) and what
/// would be right; <see cref="ExitCode"/> is the documented process exit code the CLI returns for it.
/// </summary>
public class EdgeException : Exception
{
    public EdgeException(ExitCode exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public EdgeException(ExitCode exitCode, string message, Exception inner)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code the CLI should return.</summary>
    public ExitCode ExitCode { get; }
}
