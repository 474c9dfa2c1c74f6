// SPDX-License-Identifier: MIT
using Edge.Firmware.Hal;

namespace Edge.Hardware.Board;

/// <summary>The array multiplexer: opens the present path, then closes the new one (break-before-make).</summary>
public sealed class SimulatedSelector : ICellSelector
{
    private readonly AnalogFrontEnd analog;

    /// <summary>Creates the mux over every cell of the front end.</summary>
    public SimulatedSelector(AnalogFrontEnd analog)
    {
        this.analog = analog;
    }

    /// <inheritdoc/>
    public int CellCount => analog.Cells.Count;

    /// <inheritdoc/>
    public void Select(int cell, CellPath path)
    {
        if (cell < 0 || cell >= CellCount)
        {
            throw new ArgumentOutOfRangeException(nameof(cell), cell, $"The array has cells 0..{CellCount - 1}.");
        }

        analog.Select(-1, CellPath.Open);
        analog.Select(cell, path);
    }

    /// <inheritdoc/>
    public void OpenAll() => analog.Select(-1, CellPath.Open);
}
