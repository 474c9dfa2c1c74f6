// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;

namespace Edge.Cli.Tests;

/// <summary>Runs <c>edge</c> in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = EdgeCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
