// SPDX-License-Identifier: MIT
using System.CommandLine;

namespace Edge.Cli.Commands;

/// <summary>Every top-level command of <c>edge</c>, in the order <c>--help</c> lists them. One command per file.</summary>
internal static class CommandCatalogue
{
    public static IEnumerable<Command> All()
    {
        yield return BoardCommand.Create();
        yield return CalibrateCommand.Create();
        yield return FitCommand.Create();
        yield return DeviceCommand.Create();
        yield return DeployCommand.Create();
        yield return DemoCommand.Create();
        yield return SimulateCommand.Create();
        yield return RunsCommand.Create();
        yield return ReportCommand.Create();
        yield return BenchCommand.Create();
    }
}
