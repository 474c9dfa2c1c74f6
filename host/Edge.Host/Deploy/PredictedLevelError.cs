// SPDX-License-Identifier: MIT
using Edge.Analog.ErrorModel;
using Edge.Analog.Plan;

namespace Edge.Host.Deploy;

/// <summary>
/// The level error a deployment should see if the board programs as the error model says (docs/error-model.md): per
/// device level k, the rms of the fitted error (<see cref="LevelErrorDistribution.MeanSquare"/>) over the spacing to the
/// neighbouring level, in levels, then the rms over the plan's devices.
/// </summary>
public static class PredictedLevelError
{
    /// <summary>Predicted rms level error of <paramref name="plan"/> under <paramref name="selected"/> (the deployed level set).</summary>
    public static double Rms(ProgramErrorModel selected, DeployPlan plan)
    {
        ArgumentNullException.ThrowIfNull(selected);
        ArgumentNullException.ThrowIfNull(plan);
        var perLevel = new double[selected.Levels];
        for (int k = 0; k < selected.Levels; k++)
        {
            double spacing = k + 1 < selected.Levels ? selected.Actual[k + 1] - selected.Actual[k] : selected.Actual[k] - selected.Actual[k - 1];
            double variance = LevelErrorDistribution.MeanSquare(selected.Loc[k], selected.Scale[k], selected.Nu[k], selected.Band[k]);
            perLevel[k] = spacing > 0 ? variance / (spacing * spacing) : 0;
        }

        return plan.Devices.Count == 0 ? 0 : Math.Sqrt(plan.Devices.Average(d => perLevel[d.Level]));
    }
}
