// SPDX-License-Identifier: MIT
using Edge.Cli;

return EdgeCli.Run(args, Console.Out, Console.Error);
