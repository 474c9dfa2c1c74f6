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
        var tcp = new Option<int?>("--tcp") { Description = "Serve on 127.0.0.1:PORT." };
        var device = new Option<string?>("--device") { Description = "Device file (JSON) for the cells; default: the paper's TiO2-x device." };
        var cells = new Option<int>("--cells-count") { Description = "Cells in the array.", DefaultValueFactory = _ => 64 };
        var seconds = new Option<double?>("--seconds") { Description = "Stop after this many seconds (default: run until Ctrl+C)." };
        var timeScale = new Option<double?>("--time-scale") { Description = "Wall-clock mode: pulses and rests take FACTOR x their real width (1 = real time, 0.01 = a 0.8 s pulse in 8 ms). Default: simulated time, as fast as the CPU allows." };
        var command = new Command("serve", "Run a virtual board (real controller core + device model) on a pseudo-terminal or TCP port.");
        foreach (var o in new Option[] { pty, tcp, device, cells, seconds, timeScale })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
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
            var board = new VirtualBoard(new VirtualBoardOptions
            {
                Device = BoardTarget.LoadDevice(parse.GetValue(device)),
                CellCount = parse.GetValue(cells),
                TimeScale = scale,
                BootEntropy = BitConverter.ToUInt64(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)),
            });
            using var stop = parse.GetValue(seconds) is double s ? new CancellationTokenSource(TimeSpan.FromSeconds(s)) : new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            if (usePty)
            {
                using var terminal = PseudoTerminal.Open();
                output.WriteLine(terminal.SlavePath);
                output.Flush();
                VirtualBoardServer.ServePty(board, terminal, stop.Token);
            }
            else
            {
                var listener = VirtualBoardServer.Listen(port!.Value);
                output.WriteLine($"127.0.0.1:{port}");
                output.Flush();
                VirtualBoardServer.ServeTcp(board, listener, stop.Token);
            }

            return 0;
        });
        return command;
    }
}
