// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Link;
using Edge.Host.TestSupport.Faults;
using Edge.Host.Virtual;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>Virtual boards and host sessions with the settings every campaign shares.</summary>
public static class BoardFixture
{
    /// <summary>
    /// Session options for the in-process board under faults: a short reply timeout (the board answers before the read
    /// returns, so a missing reply after 3 ms is lost), no work time added, and retries enough for 30 % loss each way
    /// (a command fails only if 41 attempts in a row lose the command or its reply: 0.51^41, about 1e-12).
    /// </summary>
    public static SessionOptions LossyOptions { get; } = new()
    {
        ReplyTimeout = TimeSpan.FromMilliseconds(3),
        JobPollInterval = TimeSpan.Zero,
        Retries = 40,
        WorkTimeoutScale = 0,
    };

    /// <summary>
    /// A board with <paramref name="cells"/> paper-device cells. <paramref name="noiseFreeReads"/> removes the ADC's
    /// current noise (quantisation stays) and the heat sink's memory (a reboot or a host restart pauses the pulses, and a
    /// cooled cell moves differently): then every read is a function of the cell's state alone, and a feedforward loop
    /// interrupted between two pulses and re-sent continues exactly where it stopped.
    /// </summary>
    public static VirtualBoard NewBoard(int cells, ulong seed = 7, bool noiseFreeReads = false) =>
        new(new VirtualBoardOptions
        {
            CellCount = cells,
            Seed = seed,
            ReadChain = noiseFreeReads ? new ReadChainSettings { NoiseAmpsRms = 0 } : new ReadChainSettings(),
            Device = noiseFreeReads ? DeviceParameters.Paper with { HeatSinkResistanceKelvinPerWatt = 0 } : DeviceParameters.Paper,
        });

    /// <summary>A connected client on <paramref name="transport"/>, with a fixed first seq so runs replay.</summary>
    public static BoardClient Connect(ITransport transport, SessionOptions? options = null, ushort firstSeq = 1)
    {
        var session = new BoardSession(transport, options ?? LossyOptions, firstSeq);
        session.Connect();
        return new BoardClient(session);
    }

    /// <summary>A fault injector over the in-process board.</summary>
    public static FaultInjectingTransport Faulty(VirtualBoard board, LinkFaultOptions faults, int jobStepsPerPump = 50_000) =>
        new(new InProcessTransport(board, jobStepsPerPump), faults);
}
