// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Cli.Commands.Simulate;

namespace Edge.Cli.Commands;

/// <summary><c>edge simulate transfer|train</c>: crossbar ANN simulation on the calibrated device (docs/simulation.md).</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var command = new Command("simulate", "Simulate a neural network on memristor crossbars programmed with the device's error model.");
        command.Subcommands.Add(SimulateTransferCommand.Create());
        command.Subcommands.Add(SimulateTrainCommand.Create());
        return command;
    }
}
