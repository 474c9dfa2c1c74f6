// SPDX-License-Identifier: MIT
using Edge.Firmware;
using Edge.Firmware.Io;
using Edge.Firmware.Tables;
using Edge.Hardware.Device;
using Edge.Shared.Numerics;

namespace Edge.Hardware.Board;

/// <summary>
/// The real controller core wired to simulated hardware: a quantised DAC, a noisy quantised ADC, a mux and an array of
/// device-model cells, on a simulated device clock. Hosts reach it in-process through <see cref="ToBoard"/> /
/// <see cref="FromBoard"/>, or over a pty or TCP through <c>edge board serve</c>. Flash and cells survive
/// <see cref="Reboot"/>, like on a real board.
/// </summary>
public sealed class VirtualBoard
{
    private readonly VirtualBoardOptions options;
    private readonly WallClock linkClock = new();

    /// <summary>Builds and boots a board.</summary>
    public VirtualBoard(VirtualBoardOptions options)
    {
        this.options = options;
        Cells = new MemristorArray(options.Device, options.CellCount);
        Analog = new AnalogFrontEnd(Cells);
        if (!(options.TimeScale >= 0 && options.TimeScale <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.TimeScale, "TimeScale must be 0 (simulated time) or a wall-clock factor up to 100.");
        }

        Clock = new SimulatedClock(Analog) { TimeScale = options.TimeScale };
        Dac = new SimulatedDac(Analog);
        Adc = new SimulatedAdc(Analog, Clock, options.ReadChain, options.Seed);
        Selector = new SimulatedSelector(Analog);
        Flash = new SimulatedFlash();
        Controller = Boot();
    }

    /// <summary>True when pulses take wall time (<see cref="VirtualBoardOptions.TimeScale"/> above 0).</summary>
    public bool WallClockMode => options.TimeScale > 0;

    /// <summary>The device cells.</summary>
    public MemristorArray Cells { get; }

    /// <summary>The analog world and its safety ledger.</summary>
    public AnalogFrontEnd Analog { get; }

    /// <summary>Device time.</summary>
    public SimulatedClock Clock { get; }

    /// <summary>The DAC.</summary>
    public SimulatedDac Dac { get; }

    /// <summary>The ADC.</summary>
    public SimulatedAdc Adc { get; }

    /// <summary>The mux.</summary>
    public SimulatedSelector Selector { get; }

    /// <summary>Table flash (survives reboots).</summary>
    public SimulatedFlash Flash { get; }

    /// <summary>The running controller core (replaced on reboot).</summary>
    public BoardController Controller { get; private set; }

    /// <summary>Bytes from the host to the board.</summary>
    public ByteQueue ToBoard { get; } = new();

    /// <summary>Bytes from the board to the host.</summary>
    public ByteQueue FromBoard { get; } = new();

    /// <summary>Device time since power-on, seconds.</summary>
    public double DeviceSeconds => Clock.ElapsedMs / 1000.0;

    /// <summary>How many times the board has booted (the boot counter in its flash).</summary>
    public int Boots => (int)Flash.BootCount;

    /// <summary>The session id of the current boot.</summary>
    public ushort Session { get; private set; }

    /// <summary>The board id in HELLO.</summary>
    public uint BoardId => options.BoardId ?? IdentityOf(options.Device, options.CellCount);

    /// <summary>
    /// A board id from the array's identity: the device parameters (which seed every cell) and the cell count, so
    /// two arrays of different devices or sizes never share an id and the same array always has the same one. The high
    /// byte 0xED marks a virtual board.
    /// </summary>
    public static uint IdentityOf(DeviceParameters device, int cellCount)
    {
        ArgumentNullException.ThrowIfNull(device);
        ulong h = SplitMix64.Mix((ulong)cellCount);
        h = SplitMix64.Mix(h ^ (ulong)device.Seed);
        h = SplitMix64.Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(device.HrsOhm));
        h = SplitMix64.Mix(h ^ (ulong)BitConverter.DoubleToInt64Bits(device.LrsOhm));
        return 0xED000000u | (uint)(h & 0x00FFFFFF);
    }

    /// <summary>Runs the controller: answer what arrived and run up to <paramref name="maxJobSteps"/> pulses of a job.</summary>
    public void Pump(int maxJobSteps = 1) => Controller.Poll(maxJobSteps);

    /// <summary>Power cycle: bytes in flight are lost, the core restarts with a new session; flash and cells remain.</summary>
    public void Reboot()
    {
        ToBoard.Clear();
        FromBoard.Clear();
        Controller = Boot();
    }

    private BoardController Boot()
    {
        uint boot = Flash.CountBoot();
        var io = new CellIo(Dac, Adc, Selector, Clock);
        var tables = new TableStore(Flash);
        ushort session = (ushort)(1 + (SplitMix64.Mix(options.Seed + SplitMix64.Mix(options.BootEntropy) + boot) % 65535));
        var identity = new BoardIdentity(BoardId, session);
        Session = identity.Session;
        return new BoardController(io, tables, new QueueLink(ToBoard, FromBoard), Clock, linkClock, identity);
    }
}
