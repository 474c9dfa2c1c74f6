// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Calibration.Run;

/// <summary>
/// Uploads a table set unless the board already holds exactly it (so a resumed calibration does not bump the
/// generation for nothing). The board verifies and commits; its generation is the truth.
/// </summary>
internal sealed class TableUploader(CalibrationContext context)
{
    public uint Upload(FfpTable ffp, IReadOnlyList<LevelProgram> programs)
    {
        var info = context.Board.TableInfo();
        var set = new TableSet { Ffp = ffp, Generation = info.Generation };
        foreach (var program in programs)
        {
            set.Programs.Add(program);
        }

        byte[] same = TableSetCodec.Serialize(set);
        if (info.Valid && info.Crc == Crc32.Compute(same, 0, same.Length))
        {
            return info.Generation;
        }

        set.Generation = info.Generation + 1;
        byte[] image = TableSetCodec.Serialize(set);
        return context.Board.UploadTables(image, set.Generation);
    }
}
