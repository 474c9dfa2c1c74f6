// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// The resistance axis cut into cells (the FFP table's grid). Cell i is [edge i, edge i+1); the top edge belongs to
/// the last cell so the highest measured value has a home. Built from the measured range, never from constants, so
/// the same code serves an 740-880 ohm device and a 1500-2000 ohm one.
/// </summary>
public sealed class ResistanceGrid
{
    /// <summary>Cells used when the caller does not choose: ~2 ohm cells on the paper's 140 ohm window, i.e. ~10 FFP
    /// steps of 0.2 ohm per cell, enough sweep samples per cell to take a median.</summary>
    public const int DefaultCellCount = 64;

    private readonly double[] edgesOhms;

    /// <summary>Creates a grid from explicit edges, ohm (at least 2, finite, strictly increasing).</summary>
    public ResistanceGrid(IReadOnlyList<double> edgesOhms)
    {
        ArgumentNullException.ThrowIfNull(edgesOhms);
        if (edgesOhms.Count < 2)
        {
            throw new ArgumentException("a grid needs at least 2 edges", nameof(edgesOhms));
        }

        this.edgesOhms = edgesOhms.ToArray();
        for (int i = 0; i < this.edgesOhms.Length; i++)
        {
            if (!double.IsFinite(this.edgesOhms[i]) || (i > 0 && !(this.edgesOhms[i] > this.edgesOhms[i - 1])))
            {
                throw new ArgumentException($"edge {i} ({this.edgesOhms[i]} ohm) must be finite and above the previous edge", nameof(edgesOhms));
            }
        }
    }

    /// <summary>Cell edges, ohm, strictly increasing (CellCount + 1 values).</summary>
    public IReadOnlyList<double> EdgesOhms => edgesOhms;

    /// <summary>Number of cells.</summary>
    public int CellCount => edgesOhms.Length - 1;

    /// <summary>Lowest edge, ohm.</summary>
    public double LowOhms => edgesOhms[0];

    /// <summary>Highest edge, ohm.</summary>
    public double HighOhms => edgesOhms[^1];

    /// <summary>An evenly spaced grid of <paramref name="cellCount"/> cells over [low, high] ohm.</summary>
    public static ResistanceGrid Uniform(double lowOhms, double highOhms, int cellCount)
    {
        if (!double.IsFinite(lowOhms) || !double.IsFinite(highOhms) || !(highOhms > lowOhms))
        {
            throw new ArgumentException($"the range {lowOhms} .. {highOhms} ohm must be finite with high > low", nameof(highOhms));
        }

        if (cellCount < 1 || cellCount > FormatLimits.MaxGridCells)
        {
            throw new ArgumentOutOfRangeException(nameof(cellCount), cellCount, $"expected 1 .. {FormatLimits.MaxGridCells} cells");
        }

        var edges = new double[cellCount + 1];
        for (int i = 0; i <= cellCount; i++)
        {
            edges[i] = lowOhms + ((highOhms - lowOhms) * i / cellCount);
        }

        edges[cellCount] = highOhms;
        return new ResistanceGrid(edges);
    }

    /// <summary>
    /// An evenly spaced grid over every read of the runs (initial reads included): the range the device was actually
    /// seen in.
    /// </summary>
    /// <exception cref="EdgeException"><see cref="ExitCode.DeviceLimit"/> when the runs never moved R at all.</exception>
    public static ResistanceGrid FromTraces(IEnumerable<SweepTrace> traces, int cellCount = DefaultCellCount)
    {
        ArgumentNullException.ThrowIfNull(traces);
        double low = double.PositiveInfinity;
        double high = double.NegativeInfinity;
        foreach (var trace in traces)
        {
            SweepChecks.Check(trace, $"{DirectionNames.Of(trace.Direction)} sweep at {trace.WriteVolts} V");
            low = Math.Min(low, Math.Min(trace.InitialOhms, trace.ResistancesOhms.Min()));
            high = Math.Max(high, Math.Max(trace.InitialOhms, trace.ResistancesOhms.Max()));
        }

        if (!(high > low))
        {
            throw new EdgeException(
                ExitCode.DeviceLimit,
                double.IsInfinity(low)
                    ? "no sweep data: the resistance grid needs at least one identical-pulse run."
                    : $"every sweep read is {low} ohm: the device never responded, so there is no resistance range to calibrate.");
        }

        return Uniform(low, high, cellCount);
    }

    /// <summary>The cell holding <paramref name="resistanceOhms"/>; false outside [LowOhms, HighOhms].</summary>
    public bool TryFindCell(double resistanceOhms, out int cell)
    {
        cell = -1;
        if (!(resistanceOhms >= edgesOhms[0]) || !(resistanceOhms <= edgesOhms[^1]))
        {
            return false;
        }

        int index = Array.BinarySearch(edgesOhms, resistanceOhms);
        cell = index >= 0 ? index : ~index - 1;
        cell = Math.Min(cell, CellCount - 1);
        return true;
    }

    /// <summary>Centre of cell <paramref name="cell"/>, ohm.</summary>
    public double CentreOhms(int cell) => 0.5 * (edgesOhms[cell] + edgesOhms[cell + 1]);

    /// <summary>The edges in mOhm, as the FFP table stores them (strictly increasing after rounding).</summary>
    /// <exception cref="EdgeException">
    /// <see cref="ExitCode.BadInput"/> when an edge is outside the formats' range or cells are narrower than 1 mOhm.
    /// </exception>
    public uint[] ToMilliohms()
    {
        var milliohms = new uint[edgesOhms.Length];
        for (int i = 0; i < edgesOhms.Length; i++)
        {
            milliohms[i] = Units.ToMilliohms(edgesOhms[i], $"resistance grid edge {i}");
            if (i > 0 && milliohms[i] <= milliohms[i - 1])
            {
                throw new EdgeException(
                    ExitCode.BadInput,
                    $"resistance grid edge {i}: cells narrower than 1 mOhm cannot be stored; use fewer cells over {LowOhms} .. {HighOhms} ohm.");
            }
        }

        return milliohms;
    }
}
