// SPDX-License-Identifier: MIT
using Edge.Firmware.Bench.Buses;
using Edge.Firmware.Bench.Hal;
using Edge.Firmware.Bench.Links;
using Edge.Firmware.Bench.Simulated;
using Edge.Firmware.Drivers.ReferenceBoard;
using Edge.Firmware.Hal;
using Edge.Firmware.Io;
using Edge.Firmware.Platform;
using Edge.Firmware.Tables;

namespace Edge.Firmware.Bench;

/// <summary>
/// The bench build's entry-point logic: open a bus, boot the reference board through the same
/// <see cref="ReferenceBoard.Boot"/> as the ESP32 app, and run <see cref="BoardController.Poll"/> on a thread until
/// disposed. The host link is a serial port, stdin/stdout or a TCP server.
/// </summary>
public sealed class BenchHost : IDisposable
{
    /// <summary>Bytes per table slot (the ESP32 app uses the same).</summary>
    public const int SlotCapacity = 65536;

    private readonly IBenchBus bus;
    private readonly IByteLink link;
    private readonly IRandomAccessFile tableFile;
    private readonly CellIo io;
    private readonly Thread loop;
    private readonly WaitHandle? arrived;
    private volatile bool stopping;
    private Exception? failure;

    private BenchHost(IBenchBus bus, IByteLink link, IRandomAccessFile tableFile, BenchOptions options)
    {
        this.bus = bus;
        this.link = link;
        this.tableFile = tableFile;
        arrived = (link as StreamByteLink)?.Arrived;
        io = ReferenceBoard.Boot(bus.Wiring, bus.DeviceClock);
        var linkClock = new MicrosecondClock(new StopwatchCounter(), 0);
        var identity = new BoardIdentity(options.BoardId, SessionId.FromEntropy((uint)Random.Shared.Next(), (uint)Environment.TickCount));
        Controller = new BoardController(io, new TableStore(new SlotFileStorage(tableFile, SlotCapacity)), link, bus.DeviceClock, linkClock, identity);
        loop = new Thread(Run) { IsBackground = true, Name = "edge-bench-controller" };
        loop.Start();
    }

    /// <summary>The running controller.</summary>
    public BoardController Controller { get; }

    /// <summary>The simulated board, when the bus is simulated.</summary>
    public SimulatedReferenceBoard? Simulated => (bus as SimulatedBus)?.Board;

    /// <summary>The TCP port listened on, when serving TCP.</summary>
    public int? TcpPort => (link as TcpServerLink)?.Port;

    /// <summary>What the bench drives and how it is reached, for the start-up line.</summary>
    public string Description { get; private init; } = string.Empty;

    /// <summary>The exception that stopped the controller loop, if any.</summary>
    public Exception? Failure => failure;

    /// <summary>Opens the bus and link the options name and starts the controller.</summary>
    public static BenchHost Start(BenchOptions options)
    {
        IBenchBus bus = options.Bus switch
        {
            "raspberrypi" => IotBus.RaspberryPi(),
            "ft232h" => IotBus.Ft232H(),
            "ft4222" => IotBus.Ft4222(),
            _ => new SimulatedBus(new SimulatedReferenceBoard(options.SimulatedNoiseVoltsRms)),
        };
        IByteLink link;
        string via;
        if (options.SerialPort is { } port)
        {
            link = new SerialPortLink(port);
            via = $"serial {port} at {SerialPortLink.BaudRate} 8N1";
        }
        else if (options.Stdio)
        {
            link = new StreamByteLink(Console.OpenStandardInput(), Console.OpenStandardOutput());
            via = "stdin/stdout";
        }
        else
        {
            var server = new TcpServerLink(options.Bind, options.TcpPort);
            link = server;
            via = $"tcp {options.Bind}:{server.Port}";
        }

        string? path = options.TableFile ?? (bus is SimulatedBus ? null : "edge-bench-tables.bin");
        IRandomAccessFile file = path == null ? new MemoryRandomAccess() : new FileRandomAccess(path);
        string tables = path == null ? "tables in memory" : $"tables in {path}";
        return new BenchHost(bus, link, file, options) { Description = $"{bus.Description}; {via}; {tables}" };
    }

    /// <summary>
    /// Blocks until <paramref name="cancel"/> fires, the loop fails, or (with --stdio) the host closes stdin; true on a
    /// clean stop.
    /// </summary>
    public bool WaitUntil(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested && loop.IsAlive && !(link is StreamByteLink { Closed: true }))
        {
            cancel.WaitHandle.WaitOne(200);
        }

        return failure == null;
    }

    /// <summary>Stops the loop, puts the hardware in SAFE and releases the bus and link.</summary>
    public void Dispose()
    {
        stopping = true;
        loop.Join();
        TryEnterSafe();
        (link as IDisposable)?.Dispose();
        (tableFile as IDisposable)?.Dispose();
        bus.Dispose();
    }

    private void Run()
    {
        try
        {
            while (!stopping)
            {
                // One pulse per poll, as on the ESP32: the link is read between any two pulses.
                Controller.Poll(1);
                if (!Controller.JobRunning)
                {
                    if (arrived != null)
                    {
                        arrived.WaitOne(1);
                    }
                    else
                    {
                        Thread.Sleep(1);
                    }
                }
            }
        }
        catch (Exception ex)
        {
            // A driver or bus fault: leave the hardware in SAFE and report; the process exits non-zero.
            failure = ex;
            TryEnterSafe();
        }
    }

    private void TryEnterSafe()
    {
        try
        {
            io.EnterSafe();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // The bus itself is gone (a USB bridge unplugged): the board's EN pull-downs open every switch.
        }
    }
}
