// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;
using Edge.Hardware.Board;
using Edge.Host.Bench;
using Edge.Host.Deploy;
using Edge.Host.Link;
using Edge.Host.Programming;
using Edge.Host.Virtual;

namespace Edge.Host.Tests.Deploy;

/// <summary>
/// A virtual board with model-derived tables and a seeded random plan over its 128-level program, bigger than the
/// board so it is deployed in several tiles.
/// </summary>
internal sealed class DeployFixture
{
    public const int Cells = 96;

    public DeployFixture(int devices = 250, int seed = 11)
    {
        Board = new VirtualBoard(new VirtualBoardOptions { CellCount = Cells, Seed = 5 });
        using var client = Connect(Board);
        var segmentation = BoardBenchmark.InstallTables(client, ModelFfpTable.Build(Board.Cells[0], 800), 800);
        Levels = segmentation.ToLevels();

        // Cell 0 ran the table-building cycle: put it back at HRS like its fresh neighbours.
        client.Sweep(0, 6, 800, 10);
        client.Sweep(0, -6, 800, 30);
        var random = new Random(seed);
        var list = new List<DeployDevice>();
        for (int i = 0; i < devices; i++)
        {
            int k = random.Next(Levels.Levels);
            list.Add(new DeployDevice(0, i, false, k, k, Levels.ProgramLevels[k], Levels.ReachedOhms[k]));
        }

        Plan = new DeployPlan(list, ["0:test"], Levels.Levels, Levels.ProgramLevelCount);
        // Fresh cells sit at their own HRS (the spread between cells is wider than a level), so the start-state
        // threshold is taken from this board's fresh cells: cells never programmed are not reset.
        double freshest = Enumerable.Range(0, Cells).Min(c => Board.Cells[c].ResistanceOhms);
        Settings = new DeploySettings { StartStateOhms = Math.Min(DeploySettings.StartState(Levels), freshest - 0.5) };
        InitialPulses = Enumerable.Range(0, Cells).Select(c => Board.Analog.PulsesOn(c)).ToArray();
    }

    public VirtualBoard Board { get; }

    public CalibrationLevels Levels { get; }

    /// <summary>The ladder of the installed level program.</summary>
    public LevelLadder Ladder => LevelLadder.FromLevels(Levels);

    public DeployPlan Plan { get; }

    public DeploySettings Settings { get; }

    /// <summary>Ledger after setting up the tables (cell 0 ran the calibration cycle).</summary>
    public long[] InitialPulses { get; }

    public Dictionary<string, string> Identity => new()
    {
        ["plan_hash"] = Plan.Hash,
        ["board"] = $"0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Board):X8}",
        ["table_crc"] = "test",
    };

    public static BoardClient Connect(VirtualBoard board, Func<ITransport, ITransport>? wrap = null)
    {
        // Small pump slices: a job takes many STATUS polls, so seeded kills land inside running batches too.
        ITransport transport = new InProcessTransport(board, jobStepsPerPump: 25);
        var session = new BoardSession(wrap is null ? transport : wrap(transport), SessionOptions.InProcess);
        session.Connect();
        return new BoardClient(session);
    }

    /// <summary>Programming pulses per cell since setup.</summary>
    public long[] PulsesSinceSetup() => Enumerable.Range(0, Cells).Select(c => Board.Analog.PulsesOn(c) - InitialPulses[c]).ToArray();
}

/// <summary>Simulates the host process dying: after a seeded number of frames written, every call throws.</summary>
internal sealed class KillingTransport(ITransport inner, int framesBeforeDeath, Action<int>? counted = null) : ITransport
{
    private int frames;

    public string Description => inner.Description;

    public void Write(byte[] buffer, int offset, int count)
    {
        if (++frames > framesBeforeDeath)
        {
            throw new HostKilledException();
        }

        counted?.Invoke(frames);
        inner.Write(buffer, offset, count);
    }

    public int Read(byte[] buffer, int offset, int count, TimeSpan timeout) => inner.Read(buffer, offset, count, timeout);

    public void Dispose() => inner.Dispose();
}

internal sealed class HostKilledException : Exception
{
}
