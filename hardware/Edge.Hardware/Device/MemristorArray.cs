// SPDX-License-Identifier: MIT
namespace Edge.Hardware.Device;

/// <summary>
/// Cells of one device type. Cell k draws its spread and noise from (seed, k) alone, so an array of 4 and an array of
/// 4096 built from the same parameters have identical cells 0..3, and the same seed replays the same trajectories.
/// </summary>
public sealed class MemristorArray
{
    private readonly MemristorCell[] cells;

    /// <summary>Creates <paramref name="cellCount"/> cells, all starting at their HRS.</summary>
    /// <exception cref="InvalidDataException">The parameters are out of range.</exception>
    public MemristorArray(DeviceParameters parameters, int cellCount)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cellCount);
        parameters.Validate("device parameters");
        Parameters = parameters;
        var law = new SwitchingLaw(parameters);
        cells = new MemristorCell[cellCount];
        for (int index = 0; index < cellCount; index++)
        {
            cells[index] = new MemristorCell(parameters, law, index);
        }
    }

    /// <summary>The device type every cell was drawn from.</summary>
    public DeviceParameters Parameters { get; }

    /// <summary>Number of cells.</summary>
    public int Count => cells.Length;

    /// <summary>Cell <paramref name="cell"/> (0-based).</summary>
    public MemristorCell this[int cell] => cells[cell];
}
