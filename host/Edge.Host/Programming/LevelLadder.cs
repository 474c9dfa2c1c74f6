// SPDX-License-Identifier: MIT
using System.Globalization;
using Edge.Analog.Plan;
using Edge.Shared.Formats;

namespace Edge.Host.Programming;

/// <summary>
/// The levels of one level program as a programmer needs them: direction, target resistance per level, and the level
/// error of a read-back value. Built from the same level program the board stores, so both schemes aim at exactly the
/// resistances the board's PROGRAM_LEVEL aims at.
/// </summary>
public sealed class LevelLadder
{
    private readonly double[] targetsOhms;

    /// <summary>Creates a ladder from targets in programming order (falling for potentiation, rising for depression).</summary>
    /// <exception cref="ArgumentException">Fewer than 2 levels, a non-finite or non-positive target, or targets not strictly monotone in the direction.</exception>
    public LevelLadder(Direction direction, IReadOnlyList<double> targetsOhms)
    {
        ArgumentNullException.ThrowIfNull(targetsOhms);
        if (targetsOhms.Count < 2)
        {
            throw new ArgumentException($"a level ladder needs at least 2 levels, got {targetsOhms.Count}.", nameof(targetsOhms));
        }

        for (int k = 0; k < targetsOhms.Count; k++)
        {
            double t = targetsOhms[k];
            if (!double.IsFinite(t) || t <= 0)
            {
                throw new ArgumentException($"level {k}: target {t} ohm is not a positive finite resistance.", nameof(targetsOhms));
            }

            if (k > 0 && !(direction == Direction.Potentiation ? t < targetsOhms[k - 1] : t > targetsOhms[k - 1]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"level {k}: target {t} ohm does not move past level {k - 1} ({targetsOhms[k - 1]} ohm) in the {direction} direction."),
                    nameof(targetsOhms));
            }
        }

        Direction = direction;
        this.targetsOhms = [.. targetsOhms];
    }

    /// <summary>Programming direction: potentiation lowers R (positive pulses), depression raises it.</summary>
    public Direction Direction { get; }

    /// <summary>Levels in the ladder (the level program's level count, which the board's PROGRAM_LEVEL is keyed by).</summary>
    public int LevelCount => targetsOhms.Length;

    /// <summary>Target resistances in level order, ohm.</summary>
    public IReadOnlyList<double> TargetsOhms => targetsOhms;

    /// <summary>The ladder of a stored level program (targets converted from mOhm).</summary>
    public static LevelLadder FromProgram(LevelProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return new LevelLadder(program.Direction, program.TargetsMilliohms.Select(m => m / 1000.0).ToArray());
    }

    /// <summary>
    /// The ladder of a calibration's level program: the occupied levels' reached resistances in programming order (what
    /// the stored level program holds, to its mOhm rounding).
    /// </summary>
    public static LevelLadder FromLevels(CalibrationLevels levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var targets = new List<double>();
        for (int k = 0; k < levels.Levels; k++)
        {
            if (levels.ProgramLevels[k] == targets.Count)
            {
                targets.Add(levels.ReachedOhms[k]);
            }
        }

        return new LevelLadder(levels.Direction, targets);
    }

    /// <summary>Target resistance of <paramref name="level"/>, ohm.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside 0 .. LevelCount - 1.</exception>
    public double TargetOhms(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, LevelCount);
        return targetsOhms[level];
    }

    /// <summary>
    /// The gap to the neighbouring level on the side of <paramref name="resistanceOhms"/>, ohm: the level spacing that
    /// decides whether a read-back value still decodes as this level. The outermost levels use their inner gap.
    /// </summary>
    public double LocalSpacingOhms(int level, double resistanceOhms)
    {
        double target = TargetOhms(level);
        int past = Direction == Direction.Potentiation ? (resistanceOhms < target ? 1 : -1) : (resistanceOhms > target ? 1 : -1);
        int neighbour = level + past;
        if (neighbour < 0 || neighbour >= LevelCount)
        {
            neighbour = level - past;
        }

        return Math.Abs(targetsOhms[neighbour] - target);
    }

    /// <summary>
    /// Level error of a read-back value, in levels: (R - R_target) / local spacing, with the spacing to the neighbour on
    /// R's side. Positive = above the target resistance. |error| &lt;= 0.5 exactly when nearest-level decoding of R gives
    /// <paramref name="level"/> (within the ladder).
    /// </summary>
    public double LevelError(int level, double resistanceOhms) =>
        (resistanceOhms - TargetOhms(level)) / LocalSpacingOhms(level, resistanceOhms);

    /// <summary>Checks that every target belongs to this ladder and no cell repeats.</summary>
    /// <exception cref="ArgumentException">The first target that does not.</exception>
    public void CheckTargets(IReadOnlyList<CellTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var seen = new HashSet<int>();
        for (int i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            if (t.Level < 0 || t.Level >= LevelCount)
            {
                throw new ArgumentException($"target {i} (cell {t.Cell}): level {t.Level} is outside 0 .. {LevelCount - 1} of this {LevelCount}-level ladder.", nameof(targets));
            }

            // Targets come from the same mOhm table, so they agree to rounding; anything else is another ladder.
            if (!(Math.Abs(t.TargetOhms - targetsOhms[t.Level]) <= 1e-3))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"target {i} (cell {t.Cell}): {t.TargetOhms} ohm is not level {t.Level}'s target ({targetsOhms[t.Level]} ohm) of this ladder; build targets with CellTarget.For."),
                    nameof(targets));
            }

            if (t.Cell < 0 || !seen.Add(t.Cell))
            {
                throw new ArgumentException($"target {i}: cell {t.Cell} is negative or appears twice (program each cell once per call).", nameof(targets));
            }
        }
    }
}
