// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Hardware.Board;

namespace Edge.Host.Virtual;

/// <summary>
/// The cells of an in-process virtual board saved beside a deployment journal, so a deployment on it can be resumed
/// after the process ends (Ctrl+C) like one on a real board. Only the cells' resistances are state a resume needs: the
/// board's tables are uploaded again from the calibration (same CRC), and read noise has no history. The file records
/// the journal's progress mark when it was saved; a journal that moved on since (a process killed between batches)
/// no longer matches the cells, and the resume is refused rather than trusting them.
/// </summary>
public sealed record VirtualBoardState(uint BoardId, string JournalMark, double[] CellsOhm)
{
    /// <summary>Where the state of the board behind <paramref name="journalPath"/> is kept.</summary>
    public static string PathFor(string journalPath) => journalPath + ".board.json";

    /// <summary>Saves <paramref name="board"/>'s cells (atomically) with the journal's progress mark.</summary>
    public static void Save(VirtualBoard board, string path, string journalMark)
    {
        ArgumentNullException.ThrowIfNull(board);
        var cells = Enumerable.Range(0, board.Cells.Count).Select(i => board.Cells[i].ResistanceOhms).ToArray();
        JsonFiles.Write(path, new VirtualBoardState(board.BoardId, journalMark, cells));
    }

    /// <summary>Puts the saved cells back into <paramref name="board"/>; refuses (exit 8, nothing changed) when they belong to another board or an older journal state.</summary>
    public static void Restore(VirtualBoard board, string path, string journalMark)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (!File.Exists(path))
        {
            throw new EdgeException(ExitCode.Mismatch, $"{path}: the in-process virtual board's saved cells are missing, so the board this journal programmed cannot be restored. Start a new --journal (or pass --force to replace this one).");
        }

        var saved = JsonFiles.Read<VirtualBoardState>(path);
        if (saved.BoardId != board.BoardId || saved.CellsOhm.Length != board.Cells.Count)
        {
            throw new EdgeException(ExitCode.Mismatch, string.Create(CultureInfo.InvariantCulture, $"{path}: saved from virtual board 0x{saved.BoardId:X8} with {saved.CellsOhm.Length} cells, but this one is 0x{board.BoardId:X8} with {board.Cells.Count} (another --sim device or --cells-count). Resume with the same options; nothing was changed."));
        }

        if (saved.JournalMark != journalMark)
        {
            throw new EdgeException(ExitCode.Mismatch, $"{path}: the journal moved on after these cells were saved (the process ended without reaching a safe point), so they no longer match it. Start a new --journal; nothing was changed.");
        }

        for (int i = 0; i < saved.CellsOhm.Length; i++)
        {
            board.Cells[i].SetResistance(saved.CellsOhm[i]);
        }
    }
}
