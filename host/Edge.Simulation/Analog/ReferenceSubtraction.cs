// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Analog;

/// <summary>Where a column's common-mode current (reference column or the pair's minus device) is removed.</summary>
public enum ReferenceSubtraction
{
    /// <summary>
    /// In the analog domain, before the ADC (a current mirror or differential sense amplifier): the ADC sees only
    /// sum_i x_i (y_a - y_b), so its whole range serves the weight-carrying signal.
    /// </summary>
    Analog,

    /// <summary>
    /// In the digital domain, after two conversions: each ADC sees the full column current including the common
    /// mode g0 sum_i x_i, so its range must grow by (1 + g0) (6.3x at ratio 1.19, 2.65 bits lost) and both
    /// conversions add quantisation error and read noise.
    /// </summary>
    Digital,
}
