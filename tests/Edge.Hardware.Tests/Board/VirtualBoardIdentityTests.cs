// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Xunit;

namespace Edge.Hardware.Tests.Board;

public sealed class VirtualBoardIdentityTests
{
    [Fact]
    public void Every_boot_of_a_board_has_a_new_session_and_a_seeded_board_replays_them()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 4, Seed = 3 });
        var replay = new VirtualBoard(new VirtualBoardOptions { CellCount = 4, Seed = 3 });
        var sessions = new List<ushort> { board.Session };
        var replayed = new List<ushort> { replay.Session };
        for (int i = 0; i < 9; i++)
        {
            board.Reboot();
            replay.Reboot();
            sessions.Add(board.Session);
            replayed.Add(replay.Session);
        }

        Assert.Equal(10, sessions.Distinct().Count());
        Assert.Equal(sessions, replayed);
        Assert.Equal(10, board.Boots);
    }

    [Fact]
    public void Boards_with_fresh_boot_entropy_start_with_different_sessions_like_restarted_servers()
    {
        var sessions = Enumerable.Range(0, 5)
            .Select(i => new VirtualBoard(new VirtualBoardOptions { CellCount = 4, BootEntropy = 1000UL + (ulong)i }).Session)
            .ToArray();
        Assert.Equal(5, sessions.Distinct().Count());
    }

    [Fact]
    public void The_board_id_comes_from_the_array_identity()
    {
        uint paper64 = new VirtualBoard(new VirtualBoardOptions { CellCount = 64 }).BoardId;
        Assert.Equal(paper64, new VirtualBoard(new VirtualBoardOptions { CellCount = 64, Seed = 9, BootEntropy = 5 }).BoardId);
        Assert.NotEqual(paper64, new VirtualBoard(new VirtualBoardOptions { CellCount = 63 }).BoardId);
        Assert.NotEqual(paper64, new VirtualBoard(new VirtualBoardOptions { CellCount = 64, Device = DeviceParameters.Paper with { Seed = 2 } }).BoardId);
        Assert.Equal(0xEDu, paper64 >> 24);
        Assert.Equal(0x12345678u, new VirtualBoard(new VirtualBoardOptions { BoardId = 0x12345678 }).BoardId);
    }
}
