// SPDX-License-Identifier: MIT
using Edge.Shared.Formats;

namespace Edge.Host.Calibration.Analysis;

/// <summary>A level-step curve: normalised pulse index x = n_i / n against normalised value y (0 at HRS, 1 at LRS).</summary>
/// <param name="Direction">Potentiation (y rises) or depression (y falls).</param>
/// <param name="X">x in [0, 1].</param>
/// <param name="Y">y, same length.</param>
public sealed record LevelCurve(Direction Direction, IReadOnlyList<double> X, IReadOnlyList<double> Y);
