// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
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
    public Option<string?> Port { get; } = new("--port") { Description = "Serial port of a board (e.g. /dev/ttyUSB0, or the path 'edge board serve --pty' printed)." };

    public Option<string?> Tcp { get; } = new("--tcp") { Description = "HOST:PORT of a board served over TCP (e.g. 127.0.0.1:5555)." };

    public Option<string?> Sim { get; } = new("--sim")
    {
        Description = "Use the in-process virtual board (the default), optionally built from DEVICE.json.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<int> Cells { get; } = new("--cells-count")
    {
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
    public BoardClient Connect(ParseResult parse, TextWriter output, int? minimumCells = null, long? seed = null)
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
        var device = LoadDevice(devicePath);
        int cells = Math.Max(parse.GetValue(Cells), minimumCells ?? 0);
        output.WriteLine(devicePath is null
            ? $"Using the built-in virtual board (paper TiO2-x device, {cells} cells); pass --port or --tcp for real hardware."
            : $"Using the built-in virtual board with device {devicePath} ({cells} cells).");
        // The run's seed also seeds the virtual board's read noise (the device file seeds the device itself).
        var board = new VirtualBoard(new VirtualBoardOptions { Device = device, CellCount = cells, Seed = seed is long s ? (ulong)s : 1UL });
        return Open(new InProcessTransport(board), SessionOptions.InProcess);
    }

    /// <summary>Loads a device file, or the paper preset when none is given.</summary>
    public static DeviceParameters LoadDevice(string? path)
    {
        if (path is null)
        {
            return DeviceParameters.Paper;
        }

        try
        {
            var device = DeviceParameters.Load(path);
            Edge.Analog.Formats.RunProvenance.Current.AddInput("device", path);
            return device;
        }
        catch (InvalidDataException ex)
        {
            throw new EdgeException(ExitCode.BadInput, ex.Message, ex);
        }
        catch (FileNotFoundException ex)
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: device file not found.", ex);
        }
    }

    private static BoardClient Open(ITransport transport, SessionOptions options)
    {
        var session = new BoardSession(transport, options);
        try
        {
            session.Connect();
            return new BoardClient(session);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
