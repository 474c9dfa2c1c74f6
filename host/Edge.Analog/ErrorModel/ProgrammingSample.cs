// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// One repeated programming of one level, as the calibration records it in <c>programming-samples.csv</c>.
/// All values are normalised, y = (R_max - R) / (R_max - R_min): 0 at HRS, 1 at LRS.
/// </summary>
/// <param name="Direction">"potentiation" or "depression".</param>
/// <param name="Levels">The level count n of the segmentation this sample belongs to.</param>
/// <param name="Level">The level index k in 0..n-1.</param>
/// <param name="Target">The ideal value k/(n-1).</param>
/// <param name="Reached">The level's reached value r_a,k from segmentation (what Q maps to).</param>
/// <param name="Actual">The value the device really ended at after programming level k.</param>
/// <param name="LineNumber">The 1-based line of the CSV file (for error messages).</param>
public readonly record struct ProgrammingSample(
    string Direction, int Levels, int Level, double Target, double Reached, double Actual, int LineNumber)
{
    /// <summary>The programming error actual - reached (the quantity the per-level error model describes).</summary>
    public double Error => Actual - Reached;
}
