// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;

namespace Edge.Analog.Mapping;

/// <summary>
/// The resistance window a crossbar cell is programmed in, and the normalised device value used everywhere in Edge:
/// y = (R_max - R) / (R_max - R_min), 0 at HRS and 1 at LRS (conductance-like: larger y = more current).
/// </summary>
/// <param name="HrsOhms">High-resistance state R_max (paper: 880 ohm).</param>
/// <param name="LrsOhms">Low-resistance state R_min (paper: 740 ohm).</param>
public sealed record DeviceWindow(double HrsOhms, double LrsOhms)
{
    /// <summary>The paper's planar TiO2-x device: HRS 880 ohm, LRS 740 ohm, ratio 1.19.</summary>
    public static DeviceWindow Paper { get; } = new(880.0, 740.0);

    /// <summary>HRS/LRS ratio (1.19 for the paper's device).</summary>
    public double Ratio => HrsOhms / LrsOhms;

    /// <summary>
    /// The common-mode part of a cell's conductance in units of the programmable window:
    /// G_min / (G_max - G_min) = R_min / (R_max - R_min) (5.29 for 880/740 ohm). A column current is
    /// sum_i V_i G_min (g0 + y_i) / g0, so at ratio 1.19 the weight-carrying part is under 16 % of it.
    /// </summary>
    public double CommonModeRatio => LrsOhms / (HrsOhms - LrsOhms);

    /// <summary>Normalised device value of a resistance (clamped to [0, 1]).</summary>
    public double ToNormalised(double resistanceOhms)
        => Math.Clamp((HrsOhms - resistanceOhms) / (HrsOhms - LrsOhms), 0.0, 1.0);

    /// <summary>Resistance of a normalised device value.</summary>
    public double ToResistanceOhms(double normalised) => HrsOhms - (normalised * (HrsOhms - LrsOhms));

    /// <summary>Checks the window; throws <see cref="EdgeException"/> naming the bad value.</summary>
    public DeviceWindow Validated()
    {
        if (!(LrsOhms > 0) || !(HrsOhms > LrsOhms))
        {
            throw new EdgeException(
                ExitCode.BadInput, $"device window: HRS {HrsOhms} ohm must exceed LRS {LrsOhms} ohm and both must be positive.");
        }

        return this;
    }
}
