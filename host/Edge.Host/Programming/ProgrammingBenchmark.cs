// SPDX-License-Identifier: MIT
using Edge.Reports;
using System.Diagnostics;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Host.Calibration.Analysis;
using Edge.Host.Formats;
using Edge.Host.Link;
using Edge.Shared.Formats;

namespace Edge.Host.Programming;

/// <summary>
/// FFP versus write-verify on the same virtual device (docs/programming.md): for each scheme a fresh virtual board with
/// the same device seed and read-noise seed gets the calibration's table set, every cell is initialised to the start
/// state with a SWEEP (as the calibration does), and then the same random target levels are programmed. Device time
/// and the analog ledger's pulse count cover the programming only, not the initialisation.
/// </summary>
public static class ProgrammingBenchmark
{
    /// <summary>The level program file of a calibration folder (written by <c>edge calibrate</c>).</summary>
    public static string LevelProgramPath(string calibrationDir, int levels, Direction direction) =>
        Path.Combine(calibrationDir, $"levels-{levels}-{DirectionNames.Of(direction)}.bin");

    /// <summary>The table set file of a calibration folder.</summary>
    public static string TableSetPath(string calibrationDir) => Path.Combine(calibrationDir, "table-set.bin");

    /// <summary>Random target levels, uniform over the ladder's levels, the same for every scheme (seeded).</summary>
    public static int[] RandomLevels(int count, int levelCount, long seed)
    {
        var random = new Random(unchecked((int)((seed * 7_919) + levelCount)));
        return Enumerable.Range(0, count).Select(_ => random.Next(levelCount)).ToArray();
    }

    /// <summary>Runs both schemes at level count <paramref name="levels"/> with the calibration in <paramref name="calibrationDir"/>.</summary>
    /// <param name="calibrationDir">An <c>edge calibrate</c> output folder.</param>
    /// <param name="levels">Requested level count n (a levels-n-direction.bin must exist).</param>
    /// <param name="options">Bench settings.</param>
    /// <param name="progress">Called with the scheme name and its progress; null for none.</param>
    /// <exception cref="EdgeException">A calibration file is missing or malformed (<see cref="ExitCode.BadInput"/>).</exception>
    public static LevelComparison Compare(string calibrationDir, int levels, ProgrammingBenchOptions options, Action<string, ProgrammingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        string setPath = TableSetPath(calibrationDir);
        string programPath = LevelProgramPath(calibrationDir, levels, options.Direction);
        var program = TableFiles.ReadLevelProgram(programPath);
        var set = TableFiles.ReadTableSet(setPath);
        if (set.FindProgram(options.Direction, program.LevelCount) is null)
        {
            throw new EdgeException(ExitCode.BadInput, $"{setPath}: holds no {DirectionNames.Of(options.Direction)} level program with {program.LevelCount} levels, which {programPath} has; the two files come from different calibrations.");
        }

        byte[] image = File.ReadAllBytes(setPath);
        var ladder = LevelLadder.FromProgram(program);
        var chosen = RandomLevels(options.Count, ladder.LevelCount, options.Seed);
        var targets = chosen.Select((level, cell) => CellTarget.For(ladder, cell, level)).ToArray();
        SchemeRun RunScheme(string name) => Run(image, set.Generation, targets, options, b => ProgrammingSchemes.Create(name, b, ladder, options.WriteVerify), progress);
        var ffp = RunScheme(ProgrammingSchemes.Ffp);
        var writeVerify = RunScheme(ProgrammingSchemes.WriteVerify) with { WidthMs = options.WriteVerify.WidthMs };
        var seek = set.Seek is null ? null : RunScheme(ProgrammingSchemes.Seek) with { WidthMs = set.Seek.For(options.Direction).PulseWidthMicroseconds / 1000.0 };
        return new LevelComparison(levels, ladder.LevelCount, ffp with { WidthMs = program.PulseWidthMicroseconds / 1000.0 }, writeVerify, seek);
    }

    /// <summary>
    /// Runs one scheme on a fresh virtual board: upload the table set, initialise every target cell, program, read every
    /// cell back (<see cref="ReadBack"/>), and measure device time and ledger pulses of the programming and read-back.
    /// </summary>
    public static SchemeRun Run(
        byte[] tableSetImage,
        uint generation,
        IReadOnlyList<CellTarget> targets,
        ProgrammingBenchOptions options,
        Func<BoardClient, IProgrammingScheme> create,
        Action<string, ProgrammingProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tableSetImage);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(create);
        int cells = BoardCells(tableSetImage, targets);
        var board = options.Boards.Create(cells, unchecked((ulong)options.Seed));
        var session = new BoardSession(board.Transport, SessionOptions.InProcess);
        using var client = new BoardClient(session);
        session.Connect();
        client.UploadTables(tableSetImage, generation);
        var programmer = create(client);
        Initialise(client, targets, options);

        double startSeconds = board.DeviceSeconds;
        long startPulses = board.TotalPulses;
        long startReads = board.TotalReads;
        double startJoules = board.EnergyJoules;
        var wall = Stopwatch.StartNew();
        string scheme = ProgrammingSchemes.Key(programmer.Name);
        var report = progress is null ? null : new InlineProgress<ProgrammingProgress>(p => progress(scheme, p));
        var outcomes = ReadBack.Apply(client, programmer.Ladder, programmer.Program(targets, report));
        double seconds = board.DeviceSeconds - startSeconds;
        return new SchemeRun(scheme, ProgrammingStatistics.From(outcomes, seconds), outcomes, board.TotalPulses - startPulses, wall.Elapsed.TotalSeconds)
        {
            ReadsPerCellMean = (board.TotalReads - startReads) / (double)Math.Max(1, targets.Count),
            EnergyJoules = board.EnergyJoules - startJoules,
        };
    }

    /// <summary>
    /// The virtual board's array size: the table set's array corrections fix it (the board refuses any other), else
    /// just enough cells for the targets.
    /// </summary>
    private static int BoardCells(byte[] tableSetImage, IReadOnlyList<CellTarget> targets)
    {
        int needed = targets.Count == 0 ? 1 : targets.Max(t => t.Cell) + 1;
        if (TableSetCodec.TryParse(tableSetImage, 0, tableSetImage.Length, out var set, out _) != Edge.Shared.Protocol.StatusCode.Ok || set.Array is null)
        {
            return needed;
        }

        return set.Array.CellCount >= needed ? set.Array.CellCount
            : throw new EdgeException(ExitCode.Usage, $"the calibration's array corrections cover {set.Array.CellCount} cells but {needed} are programmed; use --count {set.Array.CellCount} or less, or calibrate a larger array ('edge calibrate --cells-count N').");
    }

    /// <summary>Drives every target cell to the direction's start state (HRS before potentiation) with a SWEEP.</summary>
    private static void Initialise(BoardClient client, IReadOnlyList<CellTarget> targets, ProgrammingBenchOptions options)
    {
        double volts = options.Direction == Direction.Potentiation ? -options.InitVolts : options.InitVolts;
        foreach (var target in targets)
        {
            var outcome = client.Sweep(target.Cell, volts, options.InitWidthMs, options.InitPulses);
            if (outcome.Status != Edge.Shared.Protocol.StatusCode.Ok)
            {
                throw new EdgeException(ExitCode.DeviceLimit, $"initialising cell {target.Cell} with {volts} V failed: {StatusText.Describe(outcome.Status)}.");
            }
        }
    }
}
