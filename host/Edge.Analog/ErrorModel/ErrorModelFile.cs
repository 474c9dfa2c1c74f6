// SPDX-License-Identifier: MIT
namespace Edge.Analog.ErrorModel;

/// <summary>
/// The JSON layout of an error-model file (snake_case via <see cref="Reports.JsonFiles"/>). Arrays are per level k;
/// every field is nullable only so that <see cref="ProgramErrorModel.Load"/> can name a missing one.
/// </summary>
public sealed class ErrorModelFile
{
    /// <summary>Level count n.</summary>
    public int? Levels { get; set; }

    /// <summary>"potentiation" or "depression".</summary>
    public string? Direction { get; set; }

    /// <summary>The calibration the samples came from (its summary.json calibration_id).</summary>
    public string? CalibrationId { get; set; }

    /// <summary>Ideal normalised values k/(n-1).</summary>
    public double[]? Targets { get; set; }

    /// <summary>The reached levels r_a,k (what quantisation maps to).</summary>
    public double[]? Actual { get; set; }

    /// <summary>t location of the error actual - reached, normalised units.</summary>
    public double[]? Loc { get; set; }

    /// <summary>t scale of the error, normalised units, &gt; 0.</summary>
    public double[]? Scale { get; set; }

    /// <summary>t degrees of freedom, &gt; 0.</summary>
    public double[]? Nu { get; set; }

    /// <summary>
    /// Half-width of the verify band added to each level's error as a uniform, normalised units, &gt;= 0 (optional: absent
    /// means 0, the Student's t alone; a level with band &gt; 0 needs nu &gt; 1).
    /// </summary>
    public double[]? Band { get; set; }

    /// <summary>Kolmogorov-Smirnov statistic of each level's fit, in [0, 1].</summary>
    public double[]? Ks { get; set; }

    /// <summary>The level's own programming samples (before borrowing).</summary>
    public int[]? SampleCounts { get; set; }

    /// <summary>The levels whose fit pooled samples of neighbouring levels.</summary>
    public int[]? Borrowed { get; set; }

    /// <summary>First calibrated level whose samples the fit used (inclusive).</summary>
    public int[]? PoolFrom { get; set; }

    /// <summary>Last calibrated level whose samples the fit used (inclusive).</summary>
    public int[]? PoolTo { get; set; }

    /// <summary>The calibrated level each level is (differs from k after <see cref="ProgramErrorModel.SelectLevels"/>).</summary>
    public int[]? SourceLevels { get; set; }

    /// <summary>Parametric-bootstrap Kolmogorov-Smirnov p-value of each level's fit (optional).</summary>
    public double[]? KsP { get; set; }

    /// <summary>Share of the information on ln nu from the level's own samples, in [0, 1] (optional).</summary>
    public double[]? NuDataWeight { get; set; }

    /// <summary>Levels whose fit is degenerate or poorly identified (optional).</summary>
    public LevelFlag[]? Flags { get; set; }

    /// <summary>Lowest normalised value a cell holds; sampled values are clamped to it (optional).</summary>
    public double? ValueMin { get; set; }

    /// <summary>Highest normalised value a cell holds; sampled values are clamped to it (optional).</summary>
    public double? ValueMax { get; set; }

    /// <summary>The calibration's normalisation window [R_min, R_max], ohm: y = (R_max - R) / (R_max - R_min) (optional).</summary>
    public double[]? WindowOhm { get; set; }

    /// <summary>Where the programming samples came from, e.g. "array-ffp-seek: 64 cells, 66 per level" (optional).</summary>
    public string? SampleSource { get; set; }
}
