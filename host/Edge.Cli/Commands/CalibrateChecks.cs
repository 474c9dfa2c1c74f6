// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Host.Calibration.Run;
using Edge.Host.Link;

namespace Edge.Cli.Commands;

/// <summary>What <c>edge calibrate</c> checks before its first pulse, and what it warns about after its last.</summary>
internal static class CalibrateChecks
{
    /// <summary>
    /// Checks --out and applies the overwrite rule: a folder holding a calibration is continued with --resume or
    /// replaced with --force (its run database removed, so the run starts afresh); otherwise refused.
    /// </summary>
    public static string Output(string path, bool resume, bool force)
    {
        if (resume && force)
        {
            throw new EdgeException(ExitCode.Usage, "--resume continues the calibration in --out and --force replaces it: choose one.");
        }

        string folder = OutputPath.Folder("--out", path, result: resume ? null : CalibrationRunner.DatabaseFile, force: force, resumable: true);
        if (force)
        {
            string database = Path.Combine(folder, CalibrationRunner.DatabaseFile);
            foreach (string file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }

        return folder;
    }

    /// <summary>Runs the calibration; a failure to write its results keeps every checkpoint and says how to finish.</summary>
    public static CalibrationSummary KeepingCheckpoints(string outDir, Func<CalibrationSummary> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return run();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EdgeException(ExitCode.Interrupted, $"writing the results failed ({ex.Message}); the finished conditions are kept in {Path.Combine(outDir, CalibrationRunner.DatabaseFile)}. Free or fix {outDir} and continue with --resume.", ex);
        }
    }

    /// <summary>Refuses sweep voltages the board would refuse, before any sweep runs.</summary>
    public static void Voltages(BoardClient board, IReadOnlyList<double> volts)
    {
        double limit = board.Hello.MaxWriteMillivolts / 1000.0;
        foreach (double v in volts)
        {
            if (!(v > 0 && v <= limit))
            {
                throw new EdgeException(ExitCode.Usage, string.Create(CultureInfo.InvariantCulture, $"--voltages {v}: each sweep voltage must be above 0 and at most the board's write limit of {limit:0.0##} V (the sweeps use both polarities)."));
            }
        }
    }

    /// <summary>Warns when a level count asked for more levels than the FFP trace holds.</summary>
    public static void OccupiedLevels(CalibrationSummary summary, TextWriter error)
    {
        foreach (var level in summary.Levels.Where(l => l.Occupied < l.N))
        {
            error.WriteLine($"edge: warning: --levels {level.N} ({level.Direction}): the FFP trace holds only {level.Occupied} distinct levels, so {level.N - level.Occupied} are unoccupied and the level table keeps {level.Occupied}. Use --levels {level.Occupied} or fewer for a table without gaps.");
        }
    }
}
