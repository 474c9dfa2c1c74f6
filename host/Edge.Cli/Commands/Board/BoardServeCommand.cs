// SPDX-License-Identifier: MIT
using System.CommandLine;
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Host.Serve;
using Edge.Host.Virtual;

namespace Edge.Cli.Commands.Board;

/// <summary><c>edge board serve</c>: run a virtual board on a real pseudo-terminal or a loopback TCP port.</summary>
internal static class BoardServeCommand
{
    public static Command Create()
    {
        var pty = new Option<bool>("--pty") { Description = "Serve on a new pseudo-terminal and print its path (open it with --port PATH)." };
        var tcp = new Option<int?>("--tcp") { HelpName = "PORT", Description = "Serve on 127.0.0.1:PORT." };
        var device = new Option<string?>("--sim", "--device") { HelpName = "DEVICE.json", Description = "DEVICE.json for the cells (as --sim of every other command; --device is the same); default: the paper's TiO2-x device." };
        var cells = new Option<int>("--cells-count") { Description = "Cells in the array.", DefaultValueFactory = _ => 64 };
        var seconds = new Option<double?>("--seconds") { Description = "Stop after this many seconds (default: run until Ctrl+C)." };
        var timeScale = new Option<double?>("--time-scale") { Description = "Wall-clock mode: pulses and rests take FACTOR x their real width (1 = real time, 0.01 = a 0.8 s pulse in 8 ms). Default: simulated time, as fast as the CPU allows." };
        var command = new Command("serve", "Run a virtual board (real controller core + device model) on a pseudo-terminal or TCP port.\n"
            + "Examples:\n  edge board serve --tcp 5555 --sim DEVICE.json     then: edge calibrate --tcp 127.0.0.1:5555 --out cal\n"
            + "  edge board serve --pty --time-scale 1             then: edge board info --port PATH (the path it prints)");
        foreach (var o in new Option[] { pty, tcp, device, cells, seconds, timeScale })
        {
            command.Options.Add(o);
        }

        command.SetAction((parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            bool usePty = parse.GetValue(pty);
            int? port = parse.GetValue(tcp);
            if (usePty == port.HasValue)
            {
                throw new EdgeException(ExitCode.Usage, "choose exactly one of --pty or --tcp PORT.");
            }

            double scale = parse.GetValue(timeScale) ?? 0;
            if (parse.GetValue(timeScale) is not null && !(scale > 0 && scale <= 100))
            {
                throw new EdgeException(ExitCode.Usage, $"--time-scale {scale}: must be above 0 and at most 100 (1 = real time).");
            }

            // Fresh entropy per process: the flash (and its boot counter) starts afresh with every server, so without it
            // a restarted server would repeat its session id and hosts could not see the reboot.
            int cellCount = parse.GetValue(cells) is int n and >= 1 and <= BoardTarget.MaxCells ? n
                : throw new EdgeException(ExitCode.Usage, $"--cells-count {parse.GetValue(cells)}: expected 1..{BoardTarget.MaxCells} (cells are addressed with 16 bits).");
            var board = new VirtualBoard(new VirtualBoardOptions
            {
                Device = DeviceFiles.Load(parse.GetValue(device)),
                CellCount = cellCount,
                TimeScale = scale,
                BootEntropy = BitConverter.ToUInt64(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
            });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            if (parse.GetValue(seconds) is double s)
            {
                stop.CancelAfter(TimeSpan.FromSeconds(s));
            }

            // The first line is the address alone (scripts and tests read it); what is served follows.
            string what = $"{parse.GetValue(device) ?? "the paper's TiO2-x device"}, {cellCount} cells, board id 0x{board.BoardId:X8}";
            string until = parse.GetValue(seconds) is double limit ? $"for {limit} s (or until Ctrl+C)" : "until Ctrl+C";
            if (usePty)
            {
                using var terminal = PseudoTerminal.Open();
                Announce(output, terminal.SlavePath, what, until, $"--port {terminal.SlavePath}");
                VirtualBoardServer.ServePty(board, terminal, stop.Token);
            }
            else
            {
                var listener = Listen(port!.Value);
                Announce(output, $"127.0.0.1:{port}", what, until, $"--tcp 127.0.0.1:{port}");
                VirtualBoardServer.ServeTcp(board, listener, stop.Token);
            }

            output.WriteLine("virtual board stopped.");
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Announce(TextWriter output, string address, string what, string until, string connect)
    {
        output.WriteLine(address);
        output.WriteLine($"serving a virtual board: {what}; {until}. Connect with: edge board info {connect}");
        output.Flush();
    }

    private static System.Net.Sockets.TcpListener Listen(int port)
    {
        if (port is < 1 or > 65535)
        {
            throw new EdgeException(ExitCode.Usage, $"--tcp {port}: expected a port number 1..65535.");
        }

        try
        {
            return VirtualBoardServer.Listen(port);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new EdgeException(ExitCode.Usage, $"--tcp {port}: cannot listen on 127.0.0.1:{port} ({ex.Message}); is another board or program using it? Choose another port.", ex);
        }
    }
}
