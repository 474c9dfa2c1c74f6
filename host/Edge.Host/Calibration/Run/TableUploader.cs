// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Puts the calibration's tables on the board (<see cref="Link.BoardClient.EnsureTables"/>): the board verifies and
/// commits; its generation is the truth.
/// </summary>
internal sealed class TableUploader(CalibrationContext context)
{
    public uint Upload(FfpTable ffp, IReadOnlyList<LevelProgram> programs, SeekTable? seek = null, ArrayCorrections? array = null)
    {
        var set = new TableSet { Ffp = ffp, Seek = seek, Array = array };
        foreach (var program in programs)
        {
            set.Programs.Add(program);
        }

        return context.Board.EnsureTables(set);
    }
}
