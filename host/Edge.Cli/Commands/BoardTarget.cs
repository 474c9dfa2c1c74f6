// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Host.Link;
using Edge.Host.Virtual;

namespace Edge.Cli.Commands;

/// <summary>
/// The board-selection options every board-facing command shares (ARCHITECTURE.md, "The command line"):
/// --port DEV | --tcp HOST:PORT | --sim [DEVICE.json]. With none of them, the in-process virtual board is used and the
/// command says so.
/// </summary>
internal sealed class BoardTarget
{
    /// <summary>The most cells a board can have: the protocol addresses cells with 16 bits.</summary>
    public const int MaxCells = 65535;

    public Option<string?> Port { get; } = new("--port") { HelpName = "DEV", Description = "Serial port of a board (e.g. /dev/ttyUSB0, or the path 'edge board serve --pty' printed)." };

    public Option<string?> Tcp { get; } = new("--tcp") { HelpName = "HOST:PORT", Description = "HOST:PORT of a board served over TCP (e.g. 127.0.0.1:5555)." };

    public Option<string?> Sim { get; } = new("--sim")
    {
        HelpName = "DEVICE.json",
        Description = "Use the in-process virtual board (the default), optionally built from DEVICE.json.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<int> Cells { get; } = new("--cells-count")
    {
        HelpName = "N",
        Description = "Cells in the virtual board's array.",
        DefaultValueFactory = _ => 64,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Port);
        command.Options.Add(Tcp);
        command.Options.Add(Sim);
        command.Options.Add(Cells);
    }

    /// <summary>True when the user picked the virtual board (explicitly or by default).</summary>
    public bool IsVirtual(ParseResult parse) => parse.GetValue(Port) is null && parse.GetValue(Tcp) is null;

    /// <summary>Connects to the chosen board and says HELLO; tells the user when the virtual board is used.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="output">Where the board-choice line goes.</param>
    /// <param name="minimumCells">Cells the virtual board needs at least (a deployment's tile).</param>
    /// <param name="seed">Seed of the virtual board's read noise.</param>
    /// <param name="prepareVirtual">Called with the in-process virtual board before HELLO (to restore saved cells).</param>
    public BoardClient Connect(ParseResult parse, TextWriter output, int? minimumCells = null, long? seed = null, Action<VirtualBoard>? prepareVirtual = null)
    {
        string? port = parse.GetValue(Port);
        string? tcp = parse.GetValue(Tcp);
        bool simGiven = parse.GetResult(Sim) is not null;
        if ((port is not null ? 1 : 0) + (tcp is not null ? 1 : 0) + (simGiven ? 1 : 0) > 1)
        {
            throw new EdgeException(ExitCode.Usage, "choose one of --port, --tcp or --sim.");
        }

        if (port is not null)
        {
            return Open(SerialTransport.Open(port), new SessionOptions());
        }

        if (tcp is not null)
        {
            return Open(TcpTransport.Connect(tcp), new SessionOptions());
        }

        string? devicePath = parse.GetValue(Sim);
        var device = DeviceFiles.Load(devicePath);
        int cells = Math.Max(CellCount(parse), minimumCells ?? 0);
        output.WriteLine(devicePath is null
            ? $"Using the built-in virtual board (paper TiO2-x device, {cells} cells); pass --port or --tcp for real hardware."
            : $"Using the built-in virtual board with device {devicePath} ({cells} cells).");
        // The run's seed also seeds the virtual board's read noise (the device file seeds the device itself).
        var board = new VirtualBoard(new VirtualBoardOptions { Device = device, CellCount = cells, Seed = seed is long s ? (ulong)s : 1UL });
        prepareVirtual?.Invoke(board);
        return Open(new InProcessTransport(board), SessionOptions.InProcess);
    }

    /// <summary>The --cells-count value, checked against what the protocol can address.</summary>
    public int CellCount(ParseResult parse) => parse.GetValue(Cells) is int n and >= 1 and <= MaxCells
        ? n
        : throw new EdgeException(ExitCode.Usage, $"--cells-count {parse.GetValue(Cells)}: expected 1..{MaxCells} (cells are addressed with 16 bits).");

    /// <summary>Refuses a cell index the connected board does not have, naming the valid range.</summary>
    public static int CheckCell(BoardClient board, int cell, string flag = "--cell")
    {
        ArgumentNullException.ThrowIfNull(board);
        int count = board.Hello.CellCount;
        return cell >= 0 && cell < count
            ? cell
            : throw new EdgeException(ExitCode.Usage, $"{flag} {cell}: cell index outside 0..{count - 1} (the board has {count} cells).");
    }

    private static BoardClient Open(ITransport transport, SessionOptions options) => BoardClient.Connect(transport, options);
}
