// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;

namespace Edge.Analog.Mapping;

/// <summary>
/// The paper's eq. 4 for a whole array: y_actual = Q(y_ideal) + T(loc, s, nu), Q onto the levels the device reaches
/// (<see cref="LevelQuantizer"/>), T sampled per level (<see cref="ProgramErrorSampler"/>). The deployer uses
/// <see cref="Quantize"/> to pick the level each cell is programmed to, the simulator additionally samples the error.
/// </summary>
public sealed class CrossbarProgrammer
{
    /// <summary>Builds the quantiser and sampler for <paramref name="model"/> (already reduced to the wanted level count).</summary>
    public CrossbarProgrammer(ProgramErrorModel model, int threads = 0)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Quantizer = new LevelQuantizer(model.Actual);
        Sampler = new ProgramErrorSampler(model, threads);
    }

    /// <summary>The error model (its <c>Actual</c> levels are the quantisation targets).</summary>
    public ProgramErrorModel Model { get; }

    /// <summary>Q: nearest reached level.</summary>
    public LevelQuantizer Quantizer { get; }

    /// <summary>T: per-level program error (Student's t, or a seek band plus noise).</summary>
    public ProgramErrorSampler Sampler { get; }

    /// <summary>Level index for every target device value (normalised y).</summary>
    public void Quantize(ReadOnlySpan<float> targets, Span<int> levelIndices) => Quantizer.Quantize(targets, levelIndices);

    /// <summary>
    /// How far past the calibrated extremes (y = 0 at HRS, 1 at LRS) a programmed device can land, in normalised
    /// units: the +-6 V bounds are the physical window, and calibration traces span almost all of it.
    /// </summary>
    public const float WindowMargin = 0.05f;

    /// <summary>
    /// One programming of every device: the reached level plus a sampled error (one sample per device), limited to
    /// the device's physical window. A heavy-tailed fit (small nu) would otherwise send a few devices to resistances
    /// the device cannot have, and a single such weight ruins a layer; the device model and the board saturate there.
    /// </summary>
    public void Program(ReadOnlySpan<int> levelIndices, Span<float> programmed, ulong seed)
    {
        Sampler.Sample(levelIndices, programmed, seed);
        for (var i = 0; i < programmed.Length; i++)
        {
            programmed[i] = Math.Clamp(programmed[i], -WindowMargin, 1f + WindowMargin);
        }
    }

    /// <summary>The level values without error (what a perfect programmer would reach).</summary>
    public void LevelValues(ReadOnlySpan<int> levelIndices, Span<float> values)
    {
        var actual = Model.Actual;
        for (var i = 0; i < levelIndices.Length; i++)
        {
            values[i] = (float)actual[levelIndices[i]];
        }
    }
}
