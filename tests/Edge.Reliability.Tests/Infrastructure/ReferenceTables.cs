// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Link;
using Edge.Host.Virtual;
using Edge.Shared.Formats;
using Edge.Shared.Protocol.Messages;

namespace Edge.Reliability.Tests.Infrastructure;

/// <summary>
/// A real table set for the campaigns, made the way a calibration makes one but in milliseconds: the device model's FFP
/// table, one measured FFP cycle on cell 0 of a clean virtual board, segmented into a potentiation and a depression
/// level program. Built once per test run and shared (it is immutable bytes).
/// </summary>
public static class ReferenceTables
{
    /// <summary>Pulse width of every table pulse, ms (the paper's FFP width).</summary>
    public const double WidthMs = 800;

    /// <summary>Levels of both programs.</summary>
    public const int Levels = 32;

    private static readonly Lazy<TableSet> Shared = new(Build);

    /// <summary>The set (generation 1); serialise with another generation through <see cref="Image"/>.</summary>
    public static TableSet Set => Shared.Value;

    /// <summary>The set's image with generation <paramref name="generation"/>.</summary>
    public static byte[] Image(uint generation)
    {
        var set = Shared.Value;
        var copy = new TableSet { Ffp = set.Ffp, Generation = generation };
        foreach (LevelProgram p in set.Programs)
        {
            copy.Programs.Add(p);
        }

        return TableSetCodec.Serialize(copy);
    }

    private static TableSet Build()
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = 1, Seed = 99 });
        using var client = new BoardClient(new BoardSession(new InProcessTransport(board), SessionOptions.InProcess, firstSeq: 1));
        client.Session.Connect();
        var set = new TableSet { Ffp = ModelFfpTable.Build(board.Cells[0], WidthMs), Generation = 1 };
        client.UploadTables(TableSetCodec.Serialize(set), 1);
        var potentiation = Trace(client.FfpRun(Direction.Potentiation, 0, 2048), Direction.Potentiation);
        var depression = Trace(client.FfpRun(Direction.Depression, 0, 2048), Direction.Depression);
        uint widthUs = (uint)Math.Round(WidthMs * 1000);
        set.Programs.Add(Segmentation.Segment(potentiation, Levels, widthUs).Program);
        set.Programs.Add(Segmentation.Segment(depression, Levels, widthUs).Program);
        return set;
    }

    private static FfpTrace Trace(JobOutcome outcome, Direction direction) => new(
        direction,
        outcome.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray(),
        outcome.Records.Take(outcome.Records.Length - 1).Select(r => Math.Abs(r.Millivolts) / 1000.0).ToArray());

    /// <summary>The level count the programs really hold (segmentation drops unoccupied levels).</summary>
    public static int LevelCount(Direction direction) => Set.FindProgramByDirection(direction).LevelCount;

    private static LevelProgram FindProgramByDirection(this TableSet set, Direction direction)
    {
        foreach (LevelProgram p in set.Programs)
        {
            if (p.Direction == direction)
            {
                return p;
            }
        }

        throw new InvalidOperationException($"no {direction} program");
    }
}
