// SPDX-License-Identifier: MIT
namespace Edge.Analog.Mapping;

/// <summary>How a signed weight is stored in devices (<c>--cells</c>).</summary>
public enum CellScheme
{
    /// <summary>
    /// One device per weight, w = s (2y - 1), plus one reference column per tile held at the mid-window conductance
    /// (fixed resistors, not programmed) whose current is subtracted from every column. 2^b levels per weight.
    /// </summary>
    Offset,

    /// <summary>
    /// Two devices per weight, w = s (y+ - y-), the unused one at HRS (y = 0). 2^(b+1) - 1 distinct weights,
    /// twice the devices, and the common mode cancels inside each pair.
    /// </summary>
    Differential,
}
