// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// The multilevel segmentation of one FFP trace for n requested levels (paper Experimental section, Fig. 3d/4a-b).
/// Arrays indexed by requested level k run in programming order: level 0 is where the trace starts (HRS for
/// potentiation, LRS for depression).
/// </summary>
public sealed class SegmentationResult
{
    internal SegmentationResult(
        Direction direction,
        double minOhms,
        double maxOhms,
        double[] targetsOhms,
        int[] eventIndices,
        double[] reachedOhms,
        bool[] occupied,
        int[] programLevels,
        LevelProgram program)
    {
        Direction = direction;
        MinOhms = minOhms;
        MaxOhms = maxOhms;
        TargetsOhms = targetsOhms;
        EventIndices = eventIndices;
        ReachedOhms = reachedOhms;
        Occupied = occupied;
        ProgramLevels = programLevels;
        Program = program;
        ProgramReachedOhms = Enumerable.Range(0, targetsOhms.Length).Where(k => occupied[k]).Select(k => reachedOhms[k]).ToArray();
    }

    /// <summary>Programming direction.</summary>
    public Direction Direction { get; }

    /// <summary>Requested level count n.</summary>
    public int Levels => TargetsOhms.Count;

    /// <summary>r_min of the trace, ohm.</summary>
    public double MinOhms { get; }

    /// <summary>r_max of the trace, ohm.</summary>
    public double MaxOhms { get; }

    /// <summary>Targets r_t,k: n evenly spaced values over [r_min, r_max] in programming order, ohm.</summary>
    public IReadOnlyList<double> TargetsOhms { get; }

    /// <summary>m_k = argmin |R_FF - r_t,k| (first index on ties).</summary>
    public IReadOnlyList<int> EventIndices { get; }

    /// <summary>Reached r_a,k = R_FF[m_k], ohm.</summary>
    public IReadOnlyList<double> ReachedOhms { get; }

    /// <summary>False where level k collapsed onto an event index an earlier level already uses.</summary>
    public IReadOnlyList<bool> Occupied { get; }

    /// <summary>The level of <see cref="Program"/> that requested level k is programmed as (collapsed levels share the
    /// occupied level they fell onto).</summary>
    public IReadOnlyList<int> ProgramLevels { get; }

    /// <summary>Reached R of each level of <see cref="Program"/> (the occupied levels), ohm, before rounding to mOhm.</summary>
    public IReadOnlyList<double> ProgramReachedOhms { get; }

    /// <summary>The level program built from the occupied levels.</summary>
    public LevelProgram Program { get; }

    /// <summary>Requested levels that stayed unoccupied.</summary>
    public int UnoccupiedCount => Occupied.Count(o => !o);

    /// <summary>Levels in <see cref="Program"/>.</summary>
    public int OccupiedCount => Levels - UnoccupiedCount;

    /// <summary>Normalised device value y = (r_max - R) / (r_max - r_min) of the trace's range (0 at HRS, 1 at LRS).</summary>
    public double Normalise(double resistanceOhms) => CalibrationLevels.Normalise(resistanceOhms, MaxOhms, MinOhms);

    /// <summary>
    /// The level-step curve of eq. 2/3 (paper Fig. 4a/4b): x_k = k / (n - 1) over all n requested levels (each level step
    /// counts as one pulse event) and y_k = y(r_a,k). Unoccupied levels repeat their neighbour's value: they flatten
    /// the curve, as they would on the device.
    /// </summary>
    public LevelCurve Curve()
    {
        int n = Levels;
        var x = new double[n];
        var y = new double[n];
        for (int k = 0; k < n; k++)
        {
            x[k] = (double)k / (n - 1);
            y[k] = Normalise(ReachedOhms[k]);
        }

        return new LevelCurve(Direction, x, y);
    }

    /// <summary>The level table of this segmentation (what the calibration writes to levels-N-DIRECTION.csv).</summary>
    public CalibrationLevels ToLevels() => new(Direction, TargetsOhms.ToArray(), ReachedOhms.ToArray(), ProgramLevels.ToArray());
}
