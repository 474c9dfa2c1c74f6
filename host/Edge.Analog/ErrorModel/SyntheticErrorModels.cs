// SPDX-License-Identifier: MIT
using Edge.Analog.Formats;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// Error models with a realistic shape but no calibration behind them: for benchmarks and tests that must not depend
/// on a device run. The shape follows paper Fig. 5: the error is largest near HRS (y = 0), where the device moves
/// fastest per pulse, and shrinks towards LRS; tails vary from heavy (nu = 2) to nearly normal (nu = 30).
/// </summary>
public static class SyntheticErrorModels
{
    /// <summary>The calibration id synthetic models carry.</summary>
    public const string CalibrationId = "synthetic";

    /// <summary>
    /// <paramref name="levels"/> levels with reached values jittered around k/(n-1) (by up to a quarter step), loc within
    /// +-0.2 scale, scale from 4e-3 at HRS falling to 5e-4 at LRS, and nu drawn from 2..30, all from <paramref name="seed"/>.
    /// </summary>
    public static ProgramErrorModel Realistic(int levels = 512, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        var rng = new Xoshiro256StarStar(seed);
        double Uniform() => (rng.Next() >> 11) * (1.0 / (1UL << 53));
        var step = 1.0 / (levels - 1);
        var targets = new double[levels];
        var actual = new double[levels];
        var loc = new double[levels];
        var scale = new double[levels];
        var nu = new double[levels];
        for (var k = 0; k < levels; k++)
        {
            targets[k] = k * step;
            actual[k] = Math.Clamp(targets[k] + ((Uniform() - 0.5) * 0.5 * step), 0, 1);
            scale[k] = 5e-4 + (3.5e-3 * Math.Exp(-targets[k] / 0.15));
            loc[k] = (Uniform() - 0.5) * 0.4 * scale[k];
            nu[k] = 2 + (28 * Uniform());
        }

        return new ProgramErrorModel(
            DirectionNames.Potentiation,
            CalibrationId,
            targets,
            actual,
            loc,
            scale,
            nu,
            new double[levels],
            new int[levels]);
    }
}
