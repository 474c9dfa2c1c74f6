// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Calibration.Run;
using Edge.Host.Link;
using Edge.Host.Virtual;

namespace Edge.Host.Tests.Calibration.Run;

/// <summary>A virtual board behind an in-process link, and small calibration settings that finish in about a second.</summary>
internal sealed class VirtualCalibration : IDisposable
{
    public VirtualCalibration(DeviceParameters? device = null)
    {
        Board = new VirtualBoard(new VirtualBoardOptions { Device = device ?? DeviceParameters.Paper, CellCount = 1 });
        Client = Connect(Board);
    }

    /// <summary>The board (kept alive across a host "crash": it keeps its device state, tables and noise stream).</summary>
    public VirtualBoard Board { get; }

    public BoardClient Client { get; private set; }

    /// <summary>Fewer repetitions, cycles, levels and samples than the defaults; the paper's 15 voltages and 100 x 2 s.</summary>
    public static CalibrationSettings Small { get; } = new()
    {
        Repetitions = 2,
        FfpCycles = 2,
        Levels = [32, 128],
        SamplesPerLevel = 2,
    };

    /// <summary>A new host connection to the same board (what a restarted <c>edge calibrate --resume</c> does).</summary>
    public void Reconnect()
    {
        Client.Dispose();
        Client = Connect(Board);
    }

    public CalibrationRunner Runner(CalibrationSettings settings, string outDir, string fingerprint = "virtual:test", Action<string>? checkpointSaved = null) =>
        new(Client, settings, outDir, fingerprint, TextWriter.Null) { CheckpointSaved = checkpointSaved };

    public void Dispose() => Client.Dispose();

    private static BoardClient Connect(VirtualBoard board)
    {
        var session = new BoardSession(new InProcessTransport(board), SessionOptions.InProcess);
        session.Connect();
        return new BoardClient(session);
    }
}
