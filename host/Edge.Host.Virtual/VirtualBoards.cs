// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Link;

namespace Edge.Host.Virtual;

/// <summary>The factory of in-process virtual boards of one device (the paper preset unless told otherwise).</summary>
public sealed class VirtualBoards(DeviceParameters device) : IBoardFactory
{
    /// <summary>Boards of the paper's TiO2-x device.</summary>
    public static VirtualBoards Paper { get; } = new(DeviceParameters.Paper);

    /// <summary>The device every board gets.</summary>
    public DeviceParameters Device { get; } = device;

    /// <inheritdoc/>
    public string DeviceJson => Device.ToJson();

    /// <inheritdoc/>
    public string Build => string.Join(
        '/',
        new[] { typeof(VirtualBoard), typeof(Edge.Firmware.BoardController) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId));

    /// <inheritdoc/>
    public IVirtualBoard Create(int cells, ulong seed = 1) => new Board(new VirtualBoard(new VirtualBoardOptions { Device = Device, CellCount = cells, Seed = seed }));

    /// <summary>Wraps an existing board (a test that needs the board's internals and the host's view of it).</summary>
    public static IVirtualBoard Wrap(VirtualBoard board) => new Board(board);

    private sealed class Board(VirtualBoard board) : IVirtualBoard
    {
        public ITransport Transport { get; } = new InProcessTransport(board);

        public double DeviceSeconds => board.DeviceSeconds;

        public long TotalPulses => board.Analog.TotalPulses;

        public long TotalReads => board.Adc.Reads;

        public double EnergyJoules => board.Analog.EnergyJoules;

        public Edge.Shared.Formats.FfpTable ModelFfpTable(double widthMs) => Edge.Hardware.Board.ModelFfpTable.Build(board.Cells[0], widthMs);

        public void ServePty(Edge.Host.Serve.PseudoTerminal pty, CancellationToken cancel) => VirtualBoardServer.ServePty(board, pty, cancel);
    }
}
