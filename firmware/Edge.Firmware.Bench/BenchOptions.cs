// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;

namespace Edge.Firmware.Bench;

/// <summary>Which chips to drive and how the host reaches the bench build.</summary>
public sealed record BenchOptions
{
    /// <summary>The usage text printed by --help and after a usage error.</summary>
    public const string Usage = """
        usage: edge-bench [--bus raspberrypi|ft232h|ft4222|simulated] [--serial DEV | --stdio | --tcp PORT]
                          [--bind ADDRESS] [--table-file PATH] [--board-id HEX] [--sim-noise-uv UV]

          --bus          where the AD5761R, ADS1262 and multiplexers are (default: simulated)
          --serial DEV   serve the Edge protocol on a serial port at 115200 8N1 (e.g. /dev/ttyGS0, /dev/ttyUSB0)
          --stdio        serve it on stdin/stdout (log lines go to stderr)
          --tcp PORT     serve it on TCP (default 5555; 0 picks a free port), one host at a time
          --bind ADDRESS address for --tcp (default 127.0.0.1: loopback only)
          --table-file   file holding the two table slots (default: edge-bench-tables.bin on real buses,
                         memory on the simulated bus)
          --board-id     board id reported in HELLO, hex (default ED6EB000)
          --sim-noise-uv ADC input noise of the simulated bus, uV rms (default 11.6 = 2.32 nA through 4.99 kOhm)
        """;

    /// <summary>raspberrypi, ft232h, ft4222 or simulated.</summary>
    public string Bus { get; init; } = "simulated";

    /// <summary>Serial device, or null.</summary>
    public string? SerialPort { get; init; }

    /// <summary>Serve on stdin/stdout.</summary>
    public bool Stdio { get; init; }

    /// <summary>TCP port when neither --serial nor --stdio is given.</summary>
    public int TcpPort { get; init; } = 5555;

    /// <summary>TCP listen address.</summary>
    public IPAddress Bind { get; init; } = IPAddress.Loopback;

    /// <summary>Table slot file, or null for the bus's default.</summary>
    public string? TableFile { get; init; }

    /// <summary>HELLO board id.</summary>
    public uint BoardId { get; init; } = 0xED6EB000;

    /// <summary>Simulated ADC input noise, V rms.</summary>
    public double SimulatedNoiseVoltsRms { get; init; } = 11.6e-6;

    /// <summary>True when --help was asked for.</summary>
    public bool Help { get; init; }

    /// <summary>Parses the command line; a bad argument is a <see cref="BenchUsageException"/> naming it.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        int links = 0;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            switch (name)
            {
                case "--help" or "-h":
                    options = options with { Help = true };
                    break;
                case "--bus":
                    string bus = Value(args, ref i, name).ToLowerInvariant();
                    if (bus is not ("raspberrypi" or "ft232h" or "ft4222" or "simulated"))
                    {
                        throw new BenchUsageException($"--bus {bus}: expected raspberrypi, ft232h, ft4222 or simulated.");
                    }

                    options = options with { Bus = bus };
                    break;
                case "--serial":
                    options = options with { SerialPort = Value(args, ref i, name) };
                    links++;
                    break;
                case "--stdio":
                    options = options with { Stdio = true };
                    links++;
                    break;
                case "--tcp":
                    string port = Value(args, ref i, name);
                    if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out int tcp) || tcp > 65535)
                    {
                        throw new BenchUsageException($"--tcp {port}: expected a port number 0..65535.");
                    }

                    options = options with { TcpPort = tcp };
                    links++;
                    break;
                case "--bind":
                    string address = Value(args, ref i, name);
                    options = IPAddress.TryParse(address, out var ip)
                        ? options with { Bind = ip }
                        : throw new BenchUsageException($"--bind {address}: expected an IP address such as 127.0.0.1 or 0.0.0.0.");
                    break;
                case "--table-file":
                    options = options with { TableFile = Value(args, ref i, name) };
                    break;
                case "--board-id":
                    string id = Value(args, ref i, name);
                    string hex = id.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? id[2..] : id;
                    options = uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint boardId)
                        ? options with { BoardId = boardId }
                        : throw new BenchUsageException($"--board-id {id}: expected up to 8 hex digits, e.g. ED6EB001.");
                    break;
                case "--sim-noise-uv":
                    string noise = Value(args, ref i, name);
                    options = double.TryParse(noise, NumberStyles.Float, CultureInfo.InvariantCulture, out double uv) && uv >= 0 && double.IsFinite(uv)
                        ? options with { SimulatedNoiseVoltsRms = uv * 1e-6 }
                        : throw new BenchUsageException($"--sim-noise-uv {noise}: expected a non-negative number of microvolts.");
                    break;
                default:
                    throw new BenchUsageException($"unknown argument '{name}'.");
            }
        }

        if (links > 1)
        {
            throw new BenchUsageException("give one of --serial DEV, --stdio or --tcp PORT, not several.");
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new BenchUsageException($"{name} needs a value.");
        }

        return args[++i];
    }
}
