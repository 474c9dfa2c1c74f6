// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Hardware.Board;
using Edge.Hardware.Device;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Calibration.Run;
using Edge.Host.Link;
using Edge.Host.Serve;
using Edge.Shared.Formats;

namespace Edge.Host.Bench;

/// <summary>
/// How fast the virtual board simulates pulse events (the performance issue's target: at least 1,000,000 per second
/// in-process, because deploying a 235k-weight MLP means tens of millions of pulse events): FFP cycles on one cell and
/// multi-cell PROGRAM_LEVEL batches in-process, and FFP cycles over a real pseudo-terminal.
/// </summary>
public static class BoardBenchmark
{
    /// <summary>Benchmark results (JSON field names fixed by the issue).</summary>
    public sealed record Result(
        double PulsesPerSecondInprocess,
        double PulsesPerSecondProgramLevel,
        double PulsesPerSecondPty,
        long PulsesInprocess,
        long PulsesProgramLevel,
        long PulsesPty,
        double DeviceSecondsSimulated,
        double WidthMs,
        int Cells);

    /// <summary>Runs all three measurements for about <paramref name="seconds"/> of wall time each.</summary>
    public static Result Run(double seconds = 2.0, int cells = 4096, double widthMs = 800, bool includePty = true)
    {
        var (inProcess, inProcessPulses, deviceSeconds) = Measure(seconds, NewInProcess(cells, widthMs), FfpCycles);
        var (program, programPulses, _) = Measure(seconds, NewInProcess(cells, widthMs), ProgramBatches);
        double pty = 0;
        long ptyPulses = 0;
        if (includePty && OperatingSystem.IsLinux())
        {
            (pty, ptyPulses) = MeasurePty(seconds, cells, widthMs);
        }

        return new Result(inProcess, program, pty, inProcessPulses, programPulses, ptyPulses, deviceSeconds, widthMs, cells);
    }

    /// <summary>A virtual board with model-derived tables (FFP table + one 128-level program per direction).</summary>
    public static (VirtualBoard Board, BoardClient Client) NewInProcess(int cells, double widthMs)
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = cells });
        var session = new BoardSession(new InProcessTransport(board), SessionOptions.InProcess);
        session.Connect();
        var client = new BoardClient(session);
        InstallTables(client, board.Cells[0], widthMs);
        return (board, client);
    }

    /// <summary>
    /// Uploads a model FFP table, runs one FFP cycle on cell 0 and segments it into 128-level programs; returns the
    /// potentiation segmentation (the level table a deployment plans against).
    /// </summary>
    public static SegmentationResult InstallTables(BoardClient client, MemristorCell model, double widthMs)
    {
        var ffp = ModelFfpTable.Build(model, widthMs);
        var set = new TableSet { Ffp = ffp, Generation = client.TableInfo().Generation + 1 };
        client.UploadTables(TableSetCodec.Serialize(set), set.Generation);
        client.Sweep(0, -6, widthMs, 20);
        var potentiation = FfpCyclePhase.Trace(Direction.Potentiation, client.FfpRun(Direction.Potentiation, 0, 2048));
        var depression = FfpCyclePhase.Trace(Direction.Depression, client.FfpRun(Direction.Depression, 0, 2048));
        uint widthUs = (uint)Math.Round(widthMs * 1000);
        var segmentation = Segmentation.Segment(potentiation, 128, widthUs);
        set.Programs.Add(segmentation.Program);
        set.Programs.Add(Segmentation.Segment(depression, 128, widthUs).Program);
        set.Generation++;
        client.UploadTables(TableSetCodec.Serialize(set), set.Generation);
        return segmentation;
    }

    private static void FfpCycles(BoardClient client, int round)
    {
        client.Sweep(0, -6, 800, 20);
        client.FfpRun(Direction.Potentiation, 0, 2048);
        client.FfpRun(Direction.Depression, 0, 2048);
    }

    private static void ProgramBatches(BoardClient client, int round)
    {
        // 62 cells per command, each stepped from HRS to a level spread over the program (fresh cells start at HRS;
        // a cell is reused only after a -6 V reset).
        int cellCount = client.Hello.CellCount;
        int first = (round * 62) % (cellCount - 62);
        var items = new List<(int Cell, int Level)>();
        for (int i = 0; i < 62; i++)
        {
            items.Add((first + i, ((round * 62) + (i * 37)) % 128));
        }

        if (round * 62 >= cellCount - 62)
        {
            foreach (var (cell, _) in items)
            {
                client.Sweep(cell, -6, 800, 10);
            }
        }

        client.ProgramLevels(Direction.Potentiation, 128, items);
    }

    private static (double PulsesPerSecond, long Pulses, double DeviceSeconds) Measure(double seconds, (VirtualBoard Board, BoardClient Client) target, Action<BoardClient, int> work)
    {
        var (board, client) = target;
        using (client)
        {
            long startPulses = board.Analog.TotalPulses;
            double startDevice = board.DeviceSeconds;
            int round = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                work(client, round++);
            }

            long pulses = board.Analog.TotalPulses - startPulses;
            return (pulses / clock.Elapsed.TotalSeconds, pulses, board.DeviceSeconds - startDevice);
        }
    }

    private static (double PulsesPerSecond, long Pulses) MeasurePty(double seconds, int cells, double widthMs)
    {
        var board = new VirtualBoard(new VirtualBoardOptions { CellCount = cells });
        using var pty = PseudoTerminal.Open();
        using var stop = new CancellationTokenSource();
        var server = new Thread(() => VirtualBoardServer.ServePty(board, pty, stop.Token)) { IsBackground = true };
        server.Start();
        try
        {
            using var client = new BoardClient(new BoardSession(SerialTransport.Open(pty.SlavePath), new SessionOptions { JobPollInterval = TimeSpan.FromMilliseconds(2) }));
            client.Session.Connect();
            InstallTables(client, board.Cells[0], widthMs);
            long startPulses = board.Analog.TotalPulses;
            int round = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                FfpCycles(client, round++);
            }

            long pulses = board.Analog.TotalPulses - startPulses;
            return (pulses / clock.Elapsed.TotalSeconds, pulses);
        }
        finally
        {
            stop.Cancel();
            server.Join(TimeSpan.FromSeconds(2));
        }
    }
}
