// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>
/// The |dR| map of one direction (paper Fig. 2c/2d): for every write voltage and resistance cell, the step one pulse
/// caused when it started from a resistance in that cell. The FFP table is read off this map.
/// </summary>
public sealed class DeltaRMap
{
    private readonly DeltaRCell[,] cells;

    internal DeltaRMap(Direction direction, ResistanceGrid grid, double[] writeVolts, double[] furthestOhms, DeltaRCell[,] cells, int outsideGrid)
    {
        Direction = direction;
        Grid = grid;
        WriteVolts = writeVolts;
        FurthestOhms = furthestOhms;
        this.cells = cells;
        PulsesOutsideGrid = outsideGrid;
    }

    /// <summary>Programming direction.</summary>
    public Direction Direction { get; }

    /// <summary>The resistance cells (the axis the steps are binned on: R before the pulse, what the FFP loop reads).</summary>
    public ResistanceGrid Grid { get; }

    /// <summary>The measured write voltages, V, ascending and distinct.</summary>
    public IReadOnlyList<double> WriteVolts { get; }

    /// <summary>
    /// Per voltage, where its runs levelled off in the programming direction (median over runs of each run's last tenth
    /// of reads), ohm: where that voltage's curve saturates (paper Fig. 2a).
    /// </summary>
    public IReadOnlyList<double> FurthestOhms { get; }

    /// <summary>Pulses whose starting R lay outside the grid (not binned).</summary>
    public int PulsesOutsideGrid { get; }

    /// <summary>The bin of voltage index <paramref name="voltage"/> (into <see cref="WriteVolts"/>) and cell <paramref name="cell"/>.</summary>
    public DeltaRCell this[int voltage, int cell] => cells[voltage, cell];

    /// <summary>Every bin as a CSV-ready row, voltage-major, cells ascending.</summary>
    public IReadOnlyList<DeltaRRow> ToRows()
    {
        var rows = new List<DeltaRRow>(WriteVolts.Count * Grid.CellCount);
        for (int v = 0; v < WriteVolts.Count; v++)
        {
            for (int c = 0; c < Grid.CellCount; c++)
            {
                rows.Add(new DeltaRRow(Direction, Grid.EdgesOhms[c], Grid.EdgesOhms[c + 1], WriteVolts[v], cells[v, c]));
            }
        }

        return rows;
    }
}
