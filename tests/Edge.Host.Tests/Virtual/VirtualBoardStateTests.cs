// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Virtual;
using Xunit;

namespace Edge.Host.Tests.Virtual;

/// <summary>The in-process board's cells saved beside a journal come back only into the same board at the same journal progress.</summary>
public sealed class VirtualBoardStateTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"edge-board-state-{Guid.NewGuid():N}.json");

    [Fact]
    public void Saved_cells_come_back_into_a_fresh_board_of_the_same_device()
    {
        var programmed = Programmed(cells: 16, seed: 3);
        VirtualBoardState.Save(programmed, path, "5/5/10/40/0/1");
        var fresh = Board(16);
        VirtualBoardState.Restore(fresh, path, "5/5/10/40/0/1");
        for (int i = 0; i < 16; i++)
        {
            Assert.Equal(programmed.Cells[i].ResistanceOhms, fresh.Cells[i].ResistanceOhms, 9);
        }
    }

    [Fact]
    public void A_journal_that_moved_on_since_the_save_is_refused_and_the_board_is_untouched()
    {
        VirtualBoardState.Save(Programmed(cells: 16, seed: 3), path, "5/5/10/40/0/1");
        var fresh = Board(16);
        var error = Assert.Throws<EdgeException>(() => VirtualBoardState.Restore(fresh, path, "6/6/12/47/0/1"));
        Assert.Equal(ExitCode.Mismatch, error.ExitCode);
        Assert.All(Enumerable.Range(0, 16), i => Assert.Equal(fresh.Cells[i].HrsOhm, fresh.Cells[i].ResistanceOhms, 9));
    }

    [Fact]
    public void Cells_of_another_board_size_or_a_missing_file_are_refused()
    {
        Assert.Equal(ExitCode.Mismatch, Assert.Throws<EdgeException>(() => VirtualBoardState.Restore(Board(16), path, "m")).ExitCode);
        VirtualBoardState.Save(Programmed(cells: 16, seed: 3), path, "m");
        Assert.Equal(ExitCode.Mismatch, Assert.Throws<EdgeException>(() => VirtualBoardState.Restore(Board(32), path, "m")).ExitCode);
    }

    public void Dispose() => File.Delete(path);

    private static VirtualBoard Board(int cells) => new(new VirtualBoardOptions { Device = DeviceParameters.Paper, CellCount = cells });

    private static VirtualBoard Programmed(int cells, int seed)
    {
        var board = Board(cells);
        var random = new Random(seed);
        for (int i = 0; i < cells; i++)
        {
            int pulses = random.Next(1, 40);
            for (int p = 0; p < pulses; p++)
            {
                board.Cells[i].ApplyPulse(2.5, 800);
            }
        }

        return board;
    }
}
