// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Analog.Plan;

/// <summary>
/// The level table of one calibration (DIR/levels-N-DIRECTION.csv): for each requested level k its target and reached
/// resistance and the level of the board's level program it is programmed as. This is how a quantised weight becomes
/// a PROGRAM_LEVEL target, and how a read-back resistance becomes a normalised device value again.
/// </summary>
public sealed class CalibrationLevels
{
    /// <summary>A level table from its columns (one entry per requested level k).</summary>
    public CalibrationLevels(Direction direction, double[] targetOhms, double[] reachedOhms, int[] programLevels)
    {
        Direction = direction;
        TargetOhms = targetOhms;
        ReachedOhms = reachedOhms;
        ProgramLevels = programLevels;
    }

    /// <summary>Programming direction.</summary>
    public Direction Direction { get; }

    /// <summary>Level count n.</summary>
    public int Levels => TargetOhms.Length;

    /// <summary>Segmentation targets r_t,k, ohm (evenly spaced; k = 0 is the start state).</summary>
    public double[] TargetOhms { get; }

    /// <summary>Reached r_a,k, ohm.</summary>
    public double[] ReachedOhms { get; }

    /// <summary>Per requested level, the board's level-program level.</summary>
    public int[] ProgramLevels { get; }

    /// <summary>Occupied levels in the board's level program.</summary>
    public int ProgramLevelCount => ProgramLevels.Max() + 1;

    /// <summary>
    /// The normalised device value of a resistance, y = (R_max - R) / (R_max - R_min), with the segmentation's range
    /// (the convention of the error model and the simulator).
    /// </summary>
    public double Normalise(double resistanceOhms) =>
        Normalise(resistanceOhms, Math.Max(TargetOhms[0], TargetOhms[^1]), Math.Min(TargetOhms[0], TargetOhms[^1]));

    /// <summary>
    /// The normalised device value y = (R_max - R) / (R_max - R_min) of a range: 0 at HRS (R_max), 1 at LRS (R_min). The
    /// one definition the calibration's segmentation, the error model and the simulator share.
    /// </summary>
    public static double Normalise(double resistanceOhms, double maxOhms, double minOhms) =>
        (maxOhms - resistanceOhms) / (maxOhms - minOhms);

    /// <summary>Where a calibration folder keeps the level table of <paramref name="levels"/> levels of <paramref name="direction"/>.</summary>
    public static string PathOf(string calibrationDir, int levels, Direction direction) =>
        Path.Combine(calibrationDir, $"levels-{levels}-{DirectionNames.Of(direction)}.csv");

    /// <summary>Loads DIR/levels-{n}-{direction}.csv; a missing or malformed file names the file and line.</summary>
    public static CalibrationLevels Load(string calibrationDir, int levels, Direction direction)
    {
        string path = PathOf(calibrationDir, levels, direction);
        if (!File.Exists(path))
        {
            var available = Directory.Exists(calibrationDir)
                ? string.Join(", ", Directory.GetFiles(calibrationDir, "levels-*.csv").Select(Path.GetFileName))
                : "the folder does not exist";
            throw new EdgeException(ExitCode.BadInput, $"{path}: no level table for {levels} {DirectionNames.Of(direction)} levels in this calibration (available: {available}). Calibrate with --levels {levels}, or choose a level count it has.");
        }

        var lines = File.ReadAllLines(path);
        Formats.RunProvenance.Current.AddInput("levels_table", path);
        if (lines.Length < 3 || !lines[0].StartsWith("level,target_ohm,reached_ohm,occupied,program_level", StringComparison.Ordinal))
        {
            throw new EdgeException(ExitCode.BadInput, $"{path}: line 1: expected the header 'level,target_ohm,reached_ohm,occupied,program_level,...' and at least two levels.");
        }

        var target = new double[lines.Length - 1];
        var reached = new double[lines.Length - 1];
        var program = new int[lines.Length - 1];
        for (int i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split(',');
            if (f.Length < 5
                || !int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int k) || k != i - 1
                || !double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out target[i - 1]) || !double.IsFinite(target[i - 1])
                || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out reached[i - 1]) || !double.IsFinite(reached[i - 1])
                || !int.TryParse(f[4], NumberStyles.Integer, CultureInfo.InvariantCulture, out program[i - 1]) || program[i - 1] < 0)
            {
                throw new EdgeException(ExitCode.BadInput, $"{path}: line {i + 1}: expected 'level,target_ohm,reached_ohm,occupied,program_level' with level {i - 1}, finite resistances and a level-program index >= 0.");
            }
        }

        return new CalibrationLevels(direction, target, reached, program);
    }
}
