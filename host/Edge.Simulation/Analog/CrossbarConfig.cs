// SPDX-License-Identifier: MIT

using Edge.Analog.Errors;
using Edge.Analog.Mapping;
namespace Edge.Simulation.Analog;

/// <summary>
/// Everything about the simulated crossbar except the device's program error: tiles, converters, read noise,
/// weight mapping and optional drift / device-to-device variation. Plain data; defaults follow IBM aihwkit's
/// inference preset (aihwkit's InferenceRPUConfig defaults) so results are comparable.
/// </summary>
/// <remarks>
/// Units: inputs are normalised per sample by their absolute maximum (aihwkit's "abs-max noise management"), so the
/// DAC sees x in [-1, 1]. A column's analog signal is sum_i x_i (y_a,i - y_b,i); <see cref="OutputNoise"/> and
/// <see cref="OutputBound"/> are in units of the signal of one full-scale weight, y_a - y_b = 0.5 for offset cells and
/// 1 for differential ones - aihwkit's unit, as it normalises each tile's weights to max |w| = 1 - so the presets mean
/// what they mean in aihwkit. (In full-window units the read noise relative to the weights would double for offset
/// cells: LeNet-5 loses 1.6 points to it, see docs/simulation.md.)
/// A b-bit converter has 2^b - 1 levels symmetric about zero: step = 2 bound / (2^b - 2), aihwkit's 1/(2^b - 2)
/// resolution relative to the full range.
/// </remarks>
public sealed record CrossbarConfig
{
    /// <summary>Rows (inputs) per tile; longer layers are split and the tiles' digitised outputs summed.</summary>
    public int TileRows { get; init; } = 512;

    /// <summary>Columns (outputs) per tile (bookkeeping only: columns are independent in this model).</summary>
    public int TileColumns { get; init; } = 512;

    /// <summary>DAC resolution in bits (aihwkit inp_res = 1/(2^7 - 2)); 0 = ideal (no input quantisation).</summary>
    public int InputBits { get; init; } = 7;

    /// <summary>DAC bound on the normalised input (aihwkit inp_bound 1).</summary>
    public double InputBound { get; init; } = 1.0;

    /// <summary>ADC resolution in bits (aihwkit out_res = 1/(2^9 - 2)); 0 = ideal.</summary>
    public int OutputBits { get; init; } = 9;

    /// <summary>ADC bound in full-scale-weight signals (aihwkit out_bound 12); infinity = no clipping.</summary>
    public double OutputBound { get; init; } = 12.0;

    /// <summary>Standard deviation of additive Gaussian read noise per conversion, in full-scale-weight signals (aihwkit out_noise 0.06).</summary>
    public double OutputNoise { get; init; } = 0.06;

    /// <summary>Where the common-mode current is subtracted (see <see cref="ReferenceSubtraction"/>).</summary>
    public ReferenceSubtraction Subtraction { get; init; } = ReferenceSubtraction.Analog;

    /// <summary>How signed weights are stored (<c>--cells</c>).</summary>
    public CellScheme Cells { get; init; } = CellScheme.Offset;

    /// <summary>How each layer's weights are scaled onto the window (<c>--range</c>).</summary>
    public RangeMode Range { get; init; } = RangeMode.Absmax;

    /// <summary>The device's resistance window (sets the common-mode ratio g0).</summary>
    public DeviceWindow Window { get; init; } = DeviceWindow.Paper;

    /// <summary>Time since programming for conductance drift, seconds (0 = no drift).</summary>
    public double DriftSeconds { get; init; }

    /// <summary>Drift exponent nu of G(t) = G ((t + t0)/t0)^-nu (aihwkit's PCM form; not measured for TiO2-x).</summary>
    public double DriftExponent { get; init; } = 0.005;

    /// <summary>Drift reference time t0, seconds (aihwkit: 20 s).</summary>
    public double DriftReferenceSeconds { get; init; } = 20.0;

    /// <summary>Relative standard deviation of a fixed per-device conductance gain (device-to-device variation; 0 = none).</summary>
    public double DeviceVariation { get; init; }

    /// <summary>aihwkit-like defaults: 7-bit DAC, 9-bit ADC with bound 12, read noise 0.06, 512 x 512 tiles.</summary>
    public static CrossbarConfig Default { get; } = new();

    /// <summary>
    /// aihwkit's hardware-aware-training preset: 8-bit DAC and ADC, ADC bound 10, read noise 0.04
    /// (its w_noise is a training-time perturbation, not part of inference, so it is not modelled here).
    /// </summary>
    public static CrossbarConfig HardwareAware { get; } = new()
    {
        InputBits = 8,
        OutputBits = 8,
        OutputBound = 10.0,
        OutputNoise = 0.04,
    };

    /// <summary>Ideal periphery: no DAC/ADC quantisation, no clipping, no read noise (program error only).</summary>
    public static CrossbarConfig IdealPeriphery { get; } = new()
    {
        InputBits = 0,
        OutputBits = 0,
        InputBound = double.PositiveInfinity,
        OutputBound = double.PositiveInfinity,
        OutputNoise = 0.0,
    };

    /// <summary>Parses <c>--periphery</c> (aihwkit, hwa, ideal).</summary>
    public static CrossbarConfig ForPeriphery(string text) => text.Trim().ToLowerInvariant() switch
    {
        "aihwkit" or "default" => Default,
        "hwa" or "aihwkit-hwa" => HardwareAware,
        "ideal" => IdealPeriphery,
        _ => throw new EdgeException(ExitCode.Usage, $"--periphery '{text}': expected aihwkit, hwa or ideal."),
    };

    /// <summary>Checks ranges; throws <see cref="EdgeException"/> naming the bad setting.</summary>
    public CrossbarConfig Validated()
    {
        Check(TileRows >= 1 && TileColumns >= 1, $"tile {TileRows}x{TileColumns}: both sides must be at least 1");
        Check(InputBits is 0 or (>= 2 and <= 24), $"DAC bits {InputBits}: expected 0 (ideal) or 2..24");
        Check(OutputBits is 0 or (>= 2 and <= 24), $"ADC bits {OutputBits}: expected 0 (ideal) or 2..24");
        Check(InputBound > 0 && OutputBound > 0, "converter bounds must be positive");
        Check(InputBits == 0 || !double.IsInfinity(InputBound), "a quantising DAC needs a finite bound");
        Check(OutputBits == 0 || !double.IsInfinity(OutputBound), "a quantising ADC needs a finite bound");
        Check(OutputNoise >= 0 && DeviceVariation >= 0 && DriftSeconds >= 0, "noise, variation and drift time must not be negative");
        Window.Validated();
        return this;
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new EdgeException(ExitCode.Usage, message + ".");
        }
    }
}
