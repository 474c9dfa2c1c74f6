// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>The least-squares fit of eq. 2 (potentiation) or eq. 3 (depression) to a level-step curve.</summary>
/// <param name="Direction">Which equation was fitted.</param>
/// <param name="Nu">Best-fit nonlinearity nu (0 = perfectly linear; &gt; 0 = steps shrink along the curve, &lt; 0 = they grow).</param>
/// <param name="StandardError">
/// Asymptotic standard error of nu, sqrt(s^2 / sum (df/dnu)^2) with s^2 = SSE / (N - 1) (as scipy's curve_fit reports).
/// </param>
/// <param name="RmsResidual">Root-mean-square residual of y.</param>
/// <param name="NonlinearityFactor">NLF = max_k |y_k - y_linear(x_k)| (see <see cref="Nonlinearity.Factor"/>).</param>
/// <param name="Points">Number of curve points fitted.</param>
public sealed record NonlinearityFit(
    Direction Direction, double Nu, double StandardError, double RmsResidual, double NonlinearityFactor, int Points);
