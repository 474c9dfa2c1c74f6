// SPDX-License-Identifier: MIT
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Link;
using Edge.Host.Virtual;
using Edge.Shared.Formats;
using Edge.Shared.Protocol;

namespace Edge.Host.Tests.Programming;

/// <summary>
/// A tiny calibration for programming tests, in well under a second: the FFP table is read off the device model's
/// noise-free step (the lowest voltage whose |dR| reaches 0.2 ohm, the middle of the paper's 0.1-0.3 ohm window) instead
/// of measured sweeps, then the board runs one real FFP potentiation from HRS and that trace is segmented into level
/// programs, as the calibration does.
/// </summary>
internal sealed class ModelTables
{
    public const double WidthMs = 2000;

    private ModelTables(byte[] image, uint generation, IReadOnlyDictionary<int, LevelProgram> programs)
    {
        Image = image;
        Generation = generation;
        Programs = programs;
    }

    /// <summary>The paper device without cell-to-cell spread of window and level: every cell can reach every target.</summary>
    public static DeviceParameters Cooperative { get; } = DeviceParameters.Paper with { CellResistanceSigmaFraction = 0, CellWindowSigmaFraction = 0, Seed = 7 };

    /// <summary>The table-set image (FFP table + one potentiation program per requested level count).</summary>
    public byte[] Image { get; }

    /// <summary>Generation of <see cref="Image"/>.</summary>
    public uint Generation { get; }

    /// <summary>Level program per requested level count.</summary>
    public IReadOnlyDictionary<int, LevelProgram> Programs { get; }

    public static ModelTables Build(DeviceParameters device, params int[] levelCounts)
    {
        var ffp = new FfpTable { DeviceId = 1, CalibrationId = 1, Potentiation = Section(device, Direction.Potentiation), Depression = Section(device, Direction.Depression) };
        var board = new VirtualBoard(new VirtualBoardOptions { Device = device, CellCount = 1, Seed = 3 });
        using var client = Connect(board);
        client.UploadTables(TableSetCodec.Serialize(new TableSet { Ffp = ffp, Generation = 1 }), 1);
        client.Sweep(0, -6, WidthMs, 20);
        var run = client.FfpRun(Direction.Potentiation, 0, 2048);
        if (run.Status != StatusCode.Ok)
        {
            throw new InvalidOperationException($"model FFP run ended with {run.Status}");
        }

        var trace = new FfpTrace(
            Direction.Potentiation,
            run.Records.Select(r => r.ResistanceMilliohms / 1000.0).ToArray(),
            run.Records.Take(run.Records.Length - 1).Select(r => Math.Abs(r.Millivolts) / 1000.0).ToArray());
        var programs = levelCounts.ToDictionary(n => n, n => Segmentation.Segment(trace, n, (uint)(WidthMs * 1000)).Program);
        var set = new TableSet { Ffp = ffp, Generation = 2 };
        foreach (var program in programs.Values)
        {
            set.Programs.Add(program);
        }

        return new ModelTables(TableSetCodec.Serialize(set), 2, programs);
    }

    public static BoardClient Connect(VirtualBoard board)
    {
        var session = new BoardSession(new InProcessTransport(board), SessionOptions.InProcess);
        session.Connect();
        return new BoardClient(session);
    }

    /// <summary>A fresh board of <paramref name="cells"/> cells holding these tables, every cell initialised to HRS.</summary>
    public (VirtualBoard Board, BoardClient Client) Board(DeviceParameters device, int cells, ulong seed = 11)
    {
        var board = new VirtualBoard(new VirtualBoardOptions { Device = device, CellCount = cells, Seed = seed });
        var client = Connect(board);
        client.UploadTables(Image, Generation);
        for (int c = 0; c < cells; c++)
        {
            client.Sweep(c, -6, WidthMs, 20);
        }

        return (board, client);
    }

    private static FfpDirectionTable Section(DeviceParameters device, Direction direction)
    {
        var cell = new MemristorCell(device, 0);
        const double gridOhms = 0.5;
        double low = Math.Floor(device.LrsOhm * 0.98);
        int count = (int)Math.Ceiling(((device.HrsOhm * 1.02) - low) / gridOhms);
        var edges = new uint[count + 1];
        var millivolts = new ushort[count];
        for (int i = 0; i <= count; i++)
        {
            edges[i] = (uint)Math.Round((low + (i * gridOhms)) * 1000);
        }

        double sign = direction == Direction.Potentiation ? 1 : -1;
        for (int i = 0; i < count; i++)
        {
            double r = low + ((i + 0.5) * gridOhms);
            int mv = 300;
            while (mv < 7000 && Math.Abs(cell.ExpectedStepOhms(r, sign * mv / 1000.0, WidthMs)) < 0.2)
            {
                mv += 10;
            }

            millivolts[i] = (ushort)mv;
        }

        double margin = 0.05 * device.WindowOhm;
        return new FfpDirectionTable
        {
            Direction = direction,
            PulseWidthMicroseconds = (uint)(WidthMs * 1000),
            StopMilliohms = (uint)Math.Round((direction == Direction.Potentiation ? device.LrsOhm + margin : device.HrsOhm - margin) * 1000),
            EdgesMilliohms = edges,
            WriteMillivolts = millivolts,
        };
    }
}
