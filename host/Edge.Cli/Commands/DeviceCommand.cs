// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Cli.Commands.Device;

namespace Edge.Cli.Commands;

/// <summary><c>edge device</c>: device files for the virtual board.</summary>
internal static class DeviceCommand
{
    public static Command Create()
    {
        var command = new Command("device", "Device files for the virtual board: fit one to your measured sweeps, or look at what one does.");
        command.Subcommands.Add(DeviceFitCommand.Create());
        command.Subcommands.Add(DeviceCurvesCommand.Create());
        return command;
    }
}
