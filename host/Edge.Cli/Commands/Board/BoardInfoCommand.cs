// SPDX-License-Identifier: MIT
using System.CommandLine;
using System.Text.Json;
using Edge.Analog.Formats;
using Edge.Reports;

namespace Edge.Cli.Commands.Board;

/// <summary><c>edge board info</c>: who the board is and its hard limits (from HELLO).</summary>
internal static class BoardInfoCommand
{
    public static Command Create()
    {
        var target = new BoardTarget();
        var json = new Option<bool>("--json") { Description = "Print machine-readable JSON." };
        var command = new Command("info", "Print the board's protocol and firmware version, id, table generation and hard limits.\nExamples:\n  edge board info --port /dev/ttyUSB0\n  edge board info --tcp HOST:PORT --json");
        target.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            bool asJson = parse.GetValue(json);
            using var board = target.Connect(parse, asJson ? TextWriter.Null : output);
            var hello = board.Hello;
            var tables = board.TableInfo();
            var info = new BoardInfo(
                hello.ProtocolVersion,
                $"{hello.FirmwareBuild >> 24}.{(hello.FirmwareBuild >> 16) & 0xFF}.{hello.FirmwareBuild & 0xFFFF}",
                $"0x{hello.BoardId:X8}",
                hello.TableGeneration,
                $"0x{hello.CatalogueHash:X8}",
                board.Session.Session,
                board.Session.Description,
                hello.CellCount,
                hello.MaxWriteMillivolts / 1000.0,
                hello.MaxReadMillivolts / 1000.0,
                hello.MinWidthMicroseconds / 1000.0,
                hello.MaxWidthMicroseconds / 1000.0,
                hello.MaxPulsesPerCell,
                hello.DutyCyclePercent,
                hello.HeartbeatTimeoutMs,
                tables.Programs.Select(p => $"{p.Direction.ToString().ToLowerInvariant()}:{p.Levels}").ToArray());
            if (asJson)
            {
                output.WriteLine(JsonSerializer.Serialize(info, JsonFiles.Options));
                return 0;
            }

            output.WriteLine($"board        {info.BoardId} via {info.Transport} (session {info.Session})");
            output.WriteLine($"firmware     {info.FirmwareVersion}, protocol v{info.ProtocolVersion}, catalogue {info.CatalogueHash}");
            output.WriteLine($"array        {info.Cells} cells");
            output.WriteLine($"tables       generation {info.TableGeneration}{(info.LevelPrograms.Length > 0 ? ", level programs " + string.Join(" ", info.LevelPrograms) : string.Empty)}");
            output.WriteLine($"hard limits  |V_write| <= {info.MaxWriteVolts} V, |V_read| <= {info.MaxReadVolts} V, width {info.MinWidthMs}..{info.MaxWidthMs} ms, {info.MaxPulsesPerCell} pulses/cell/command, duty <= {info.DutyCyclePercent} %");
            return 0;
        });
        return command;
    }

    private sealed record BoardInfo(
        int ProtocolVersion,
        string FirmwareVersion,
        string BoardId,
        uint TableGeneration,
        string CatalogueHash,
        int Session,
        string Transport,
        int Cells,
        double MaxWriteVolts,
        double MaxReadVolts,
        double MinWidthMs,
        double MaxWidthMs,
        int MaxPulsesPerCell,
        int DutyCyclePercent,
        int HeartbeatTimeoutMs,
        string[] LevelPrograms);
}
