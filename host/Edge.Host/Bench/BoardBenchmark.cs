// SPDX-License-Identifier: MIT
using System.Diagnostics;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Calibration.Run;
using Edge.Host.Link;
using Edge.Host.Serve;
using Edge.Shared.Formats;
using Edge.Shared.Protocol.Messages;

namespace Edge.Host.Bench;

/// <summary>
/// How fast the virtual board simulates pulse events (target: at least 1,000,000 per second in-process, because deploying a 235k-weight MLP means tens of millions of pulse events): FFP cycles on one cell and
/// multi-cell PROGRAM_LEVEL batches in-process, and FFP cycles over a real pseudo-terminal.
/// </summary>
public static class BoardBenchmark
{
    /// <summary>Benchmark results (the JSON field names are documented in docs/performance.md; scripts read them).</summary>
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
    public static Result Run(IBoardFactory boards, double seconds = 2.0, int cells = 4096, double widthMs = 800, bool includePty = true)
    {
        ArgumentNullException.ThrowIfNull(boards);
        var (inProcess, inProcessPulses, deviceSeconds) = Measure(seconds, NewInProcess(boards, cells, widthMs), FfpCycles);
        var (program, programPulses, _) = Measure(seconds, NewInProcess(boards, cells, widthMs), ProgramBatches);
        double pty = 0;
        long ptyPulses = 0;
        if (includePty && OperatingSystem.IsLinux())
        {
            (pty, ptyPulses) = MeasurePty(boards, seconds, cells, widthMs);
        }

        return new Result(inProcess, program, pty, inProcessPulses, programPulses, ptyPulses, deviceSeconds, widthMs, cells);
    }

    /// <summary>A virtual board with model-derived tables (FFP table + one 128-level program per direction).</summary>
    public static (IVirtualBoard Board, BoardClient Client) NewInProcess(IBoardFactory boards, int cells, double widthMs)
    {
        ArgumentNullException.ThrowIfNull(boards);
        var board = boards.Create(cells);
        var session = new BoardSession(board.Transport, SessionOptions.InProcess);
        session.Connect();
        var client = new BoardClient(session);
        InstallTables(client, board.ModelFfpTable(widthMs), widthMs);
        return (board, client);
    }

    /// <summary>
    /// Uploads <paramref name="modelFfp"/> (an FFP table derived from the device model), runs one FFP cycle on cell 0 and segments it into 128-level programs; returns the
    /// potentiation segmentation (the level table a deployment plans against).
    /// </summary>
    public static SegmentationResult InstallTables(BoardClient client, FfpTable modelFfp, double widthMs)
    {
        ArgumentNullException.ThrowIfNull(client);
        var set = new TableSet { Ffp = modelFfp, Generation = client.TableInfo().Generation + 1 };
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
        // A full PROGRAM_LEVEL batch per command, each cell stepped from HRS to a level spread over the program (fresh
        // cells start at HRS; a cell is reused only after a -6 V reset).
        const int batch = ProgramLevelRequest.MaxItems;
        int cellCount = client.Hello.CellCount;
        int first = (round * batch) % (cellCount - batch);
        var items = new List<(int Cell, int Level)>();
        for (int i = 0; i < batch; i++)
        {
            items.Add((first + i, ((round * batch) + (i * 37)) % 128));
        }

        if (round * batch >= cellCount - batch)
        {
            foreach (var (cell, _) in items)
            {
                client.Sweep(cell, -6, 800, 10);
            }
        }

        client.ProgramLevels(Direction.Potentiation, 128, items);
    }

    private static (double PulsesPerSecond, long Pulses, double DeviceSeconds) Measure(double seconds, (IVirtualBoard Board, BoardClient Client) target, Action<BoardClient, int> work)
    {
        var (board, client) = target;
        using (client)
        {
            long startPulses = board.TotalPulses;
            double startDevice = board.DeviceSeconds;
            int round = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                work(client, round++);
            }

            long pulses = board.TotalPulses - startPulses;
            return (pulses / clock.Elapsed.TotalSeconds, pulses, board.DeviceSeconds - startDevice);
        }
    }

    private static (double PulsesPerSecond, long Pulses) MeasurePty(IBoardFactory boards, double seconds, int cells, double widthMs)
    {
        var board = boards.Create(cells);
        using var pty = PseudoTerminal.Open();
        using var stop = new CancellationTokenSource();
        var server = new Thread(() => board.ServePty(pty, stop.Token)) { IsBackground = true };
        server.Start();
        try
        {
            using var client = new BoardClient(new BoardSession(SerialTransport.Open(pty.SlavePath), new SessionOptions { JobPollInterval = TimeSpan.FromMilliseconds(2) }));
            client.Session.Connect();
            InstallTables(client, board.ModelFfpTable(widthMs), widthMs);
            long startPulses = board.TotalPulses;
            int round = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                FfpCycles(client, round++);
            }

            long pulses = board.TotalPulses - startPulses;
            return (pulses / clock.Elapsed.TotalSeconds, pulses);
        }
        finally
        {
            stop.Cancel();
            server.Join(TimeSpan.FromSeconds(2));
        }
    }
}
