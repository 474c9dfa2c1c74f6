// SPDX-License-Identifier: MIT
namespace Edge.Analog.Mapping;

/// <summary>How a layer's weights are scaled onto the device window (<c>--range</c>).</summary>
public enum RangeMode
{
    /// <summary>Per layer: the largest |w| maps to the window edge (nothing clipped). The default.</summary>
    Absmax,

    /// <summary>Per layer: the 99.5th percentile of |w| maps to the window edge; larger weights are clipped.</summary>
    Percentile,

    /// <summary>The paper's fixed mapping: HRS..LRS onto weights [-4, 4] for every layer.</summary>
    Paper,
}
