// SPDX-License-Identifier: MIT
using Edge.Analog.Errors;
using Edge.Analog.Formats;

namespace Edge.Analog.ErrorModel;

/// <summary>
/// The device program-error model of paper eq. 4-5 for one direction and level count: programming level k ends at
/// y = Actual[k] + Loc[k] + U(-Band[k], Band[k]) + Scale[k] * t(Nu[k]), with Actual[k] the reached level r_a,k
/// (quantisation) and the error fitted per level by maximum likelihood: the paper's Student's t (Band[k] = 0), or where
/// the cells were accepted inside a verify band and then read with noise, that band's uniform plus a normal
/// (<see cref="BandNormal"/>, Nu[k] at the normal-limit cap). Values are normalised,
/// y = (R_max - R) / (R_max - R_min). Arrays are indexed by level k = 0..Levels-1 and must not be modified.
/// </summary>
public sealed class ProgramErrorModel
{
    /// <summary>The calibration id and direction of <see cref="Ideal"/> models.</summary>
    public const string IdealName = "ideal";

    /// <summary>Builds a model; inconsistent arrays or a non-positive scale or nu throw <see cref="ArgumentException"/>.</summary>
    public ProgramErrorModel(
        string direction,
        string calibrationId,
        double[] targets,
        double[] actual,
        double[] loc,
        double[] scale,
        double[] nu,
        double[] ks,
        int[] sampleCounts,
        int[]? borrowed = null,
        int[]? poolFrom = null,
        int[]? poolTo = null,
        int[]? sourceLevels = null,
        ErrorModelQuality? quality = null,
        double[]? band = null)
        : this(
            new ErrorModelFile
            {
                Levels = targets?.Length ?? 0,
                Direction = direction,
                CalibrationId = calibrationId,
                Targets = targets,
                Actual = actual,
                Loc = loc,
                Scale = scale,
                Nu = nu,
                Band = band,
                Ks = ks,
                SampleCounts = sampleCounts,
                Borrowed = borrowed,
                PoolFrom = poolFrom,
                PoolTo = poolTo,
                SourceLevels = sourceLevels,
                KsP = quality?.KsP,
                NuDataWeight = quality?.NuDataWeight,
                Flags = quality?.Flags,
                ValueMin = quality?.ValueMin,
                ValueMax = quality?.ValueMax,
            },
            ideal: false,
            origin: null)
    {
    }

    private ProgramErrorModel(ErrorModelFile file, bool ideal, string? origin)
    {
        var problem = ErrorModelChecks.Find(file, allowZeroScale: ideal);
        if (problem is not null)
        {
            if (origin is not null)
            {
                throw new EdgeException(ExitCode.BadInput, $"{origin}: {problem}.");
            }

            throw new ArgumentException(problem);
        }

        Levels = file.Levels!.Value;
        Direction = file.Direction!;
        CalibrationId = file.CalibrationId!;
        Targets = file.Targets!;
        Actual = file.Actual!;
        Loc = file.Loc!;
        Scale = file.Scale!;
        Nu = file.Nu!;
        Band = file.Band ?? new double[Levels];
        Ks = file.Ks!;
        SampleCounts = file.SampleCounts!;
        Borrowed = file.Borrowed ?? [];
        PoolFrom = file.PoolFrom ?? Enumerable.Range(0, Levels).ToArray();
        PoolTo = file.PoolTo ?? Enumerable.Range(0, Levels).ToArray();
        SourceLevels = file.SourceLevels ?? Enumerable.Range(0, Levels).ToArray();
        IsIdeal = ideal;
        KsP = file.KsP;
        NuDataWeight = file.NuDataWeight;
        Flags = file.Flags ?? [];
        // A model that does not record what cells hold (older files, synthetic models) is not clamped.
        ValueMin = file.ValueMin ?? double.NegativeInfinity;
        ValueMax = file.ValueMax ?? double.PositiveInfinity;
        WindowOhm = file.WindowOhm;
        SampleSource = file.SampleSource;
    }

    /// <summary>Level count n.</summary>
    public int Levels { get; }

    /// <summary>"potentiation" or "depression" ("ideal" for <see cref="Ideal"/>).</summary>
    public string Direction { get; }

    /// <summary>The calibration the model was fitted from ("ideal" for <see cref="Ideal"/>).</summary>
    public string CalibrationId { get; }

    /// <summary>Ideal normalised values of the levels, k/(n-1).</summary>
    public double[] Targets { get; }

    /// <summary>The reached normalised levels r_a,k (quantisation maps onto these).</summary>
    public double[] Actual { get; }

    /// <summary>Per-level t location of the programming error, normalised units.</summary>
    public double[] Loc { get; }

    /// <summary>Per-level t scale of the programming error, normalised units (0 only in <see cref="Ideal"/>).</summary>
    public double[] Scale { get; }

    /// <summary>Per-level t degrees of freedom.</summary>
    public double[] Nu { get; }

    /// <summary>Per-level half-width of the verify band's uniform, normalised units (0 = the Student's t alone).</summary>
    public double[] Band { get; }

    /// <summary>Per-level Kolmogorov-Smirnov statistic of the fit (0 = perfect).</summary>
    public double[] Ks { get; }

    /// <summary>Per-level count of the level's own programming samples.</summary>
    public int[] SampleCounts { get; }

    /// <summary>Levels whose fit pooled neighbouring levels' samples (too few of their own).</summary>
    public int[] Borrowed { get; }

    /// <summary>Per level, the first calibrated level whose samples its fit used.</summary>
    public int[] PoolFrom { get; }

    /// <summary>Per level, the last calibrated level whose samples its fit used.</summary>
    public int[] PoolTo { get; }

    /// <summary>Per level, the calibrated level it is (k itself unless the model came from <see cref="SelectLevels"/>).</summary>
    public int[] SourceLevels { get; }

    /// <summary>Per-level parametric-bootstrap KS p-value of the fit; null in models fitted without it.</summary>
    public double[]? KsP { get; }

    /// <summary>Per-level share of the information on ln nu from the level's own samples; null in models fitted without it.</summary>
    public double[]? NuDataWeight { get; }

    /// <summary>Levels whose fit is degenerate or poorly identified (empty when none, or in older models).</summary>
    public LevelFlag[] Flags { get; }

    /// <summary>Lowest normalised value a cell can hold: sampled programmed values are clamped to it (-infinity when not recorded).</summary>
    public double ValueMin { get; }

    /// <summary>Highest normalised value a cell can hold: sampled programmed values are clamped to it (+infinity when not recorded).</summary>
    public double ValueMax { get; }

    /// <summary>The calibration's normalisation window [R_min, R_max], ohm; null when the model does not record it.</summary>
    public double[]? WindowOhm { get; }

    /// <summary>Where the programming samples came from (cells, scheme, samples per level); null when not recorded.</summary>
    public string? SampleSource { get; }

    /// <summary>True for <see cref="Ideal"/> models (zero error; cannot be saved).</summary>
    public bool IsIdeal { get; }

    /// <summary>
    /// Reads and validates an error-model file. A missing file, malformed JSON, a missing field, an array whose length
    /// is not <c>levels</c>, a non-finite value or a non-positive scale or nu is an <see cref="EdgeException"/>
    /// (<see cref="ExitCode.BadInput"/>) naming the file, the field and the level.
    /// </summary>
    public static ProgramErrorModel Load(string path)
    {
        var model = new ProgramErrorModel(JsonFiles.Read<ErrorModelFile>(path), ideal: false, origin: path);
        RunProvenance.Current.AddInput("error_model", path);
        return model;
    }

    /// <summary>An ideal model: <paramref name="levels"/> evenly spaced reached levels k/(n-1) and zero error.</summary>
    public static ProgramErrorModel Ideal(int levels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 2);
        var grid = new double[levels];
        for (var k = 0; k < levels; k++)
        {
            grid[k] = (double)k / (levels - 1);
        }

        var file = new ErrorModelFile
        {
            Levels = levels,
            Direction = IdealName,
            CalibrationId = IdealName,
            Targets = grid,
            Actual = (double[])grid.Clone(),
            Loc = new double[levels],
            Scale = new double[levels],
            Nu = Enumerable.Repeat(StudentTMaximumLikelihood.MaximumNu, levels).ToArray(),
            Ks = new double[levels],
            SampleCounts = new int[levels],
        };
        return new ProgramErrorModel(file, ideal: true, origin: null);
    }

    /// <summary>
    /// Writes the model as snake_case JSON. Ideal models are refused (<see cref="InvalidOperationException"/>):
    /// a file's scale must be &gt; 0, so an ideal model is asked for by level count, not stored.
    /// </summary>
    public void Save(string path)
    {
        if (IsIdeal)
        {
            throw new InvalidOperationException("an ideal (zero-error) model is not saved: create it with ProgramErrorModel.Ideal(levels)");
        }

        JsonFiles.Write(path, ToFile());
    }

    /// <summary>
    /// The sub-model of <paramref name="count"/> levels (2^b for b bits; 2..Levels) chosen evenly out of the calibrated
    /// set with both endpoints: level j is calibrated level round(j (n-1) / (count-1)) with its reached value and
    /// error parameters; its target becomes the ideal grid value j/(count-1).
    /// </summary>
    public ProgramErrorModel SelectLevels(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Levels);
        var pick = new int[count];
        for (var j = 0; j < count; j++)
        {
            pick[j] = (int)Math.Round((double)j * (Levels - 1) / (count - 1), MidpointRounding.AwayFromZero);
        }

        var borrowed = new HashSet<int>(Borrowed);
        var file = new ErrorModelFile
        {
            Levels = count,
            Direction = Direction,
            CalibrationId = CalibrationId,
            Targets = Enumerable.Range(0, count).Select(j => (double)j / (count - 1)).ToArray(),
            Actual = pick.Select(k => Actual[k]).ToArray(),
            Loc = pick.Select(k => Loc[k]).ToArray(),
            Scale = pick.Select(k => Scale[k]).ToArray(),
            Nu = pick.Select(k => Nu[k]).ToArray(),
            Band = pick.Select(k => Band[k]).ToArray(),
            Ks = pick.Select(k => Ks[k]).ToArray(),
            SampleCounts = pick.Select(k => SampleCounts[k]).ToArray(),
            Borrowed = Enumerable.Range(0, count).Where(j => borrowed.Contains(pick[j])).ToArray(),
            PoolFrom = pick.Select(k => PoolFrom[k]).ToArray(),
            PoolTo = pick.Select(k => PoolTo[k]).ToArray(),
            SourceLevels = pick.Select(k => SourceLevels[k]).ToArray(),
            KsP = KsP is null ? null : pick.Select(k => KsP[k]).ToArray(),
            NuDataWeight = NuDataWeight is null ? null : pick.Select(k => NuDataWeight[k]).ToArray(),
            Flags = Enumerable.Range(0, count)
                .SelectMany(j => Flags.Where(f => f.Level == pick[j]).Select(f => f with { Level = j }))
                .ToArray(),
            ValueMin = Recorded(ValueMin),
            ValueMax = Recorded(ValueMax),
            WindowOhm = WindowOhm,
            SampleSource = SampleSource,
        };
        return new ProgramErrorModel(file, IsIdeal, origin: null);
    }

    /// <summary>This model with where it came from: the calibration's window in ohm and the programming samples' source.</summary>
    public ProgramErrorModel WithProvenance(double[]? windowOhm, string? sampleSource)
    {
        var file = ToFile();
        file.WindowOhm = windowOhm;
        file.SampleSource = sampleSource;
        return new ProgramErrorModel(file, IsIdeal, origin: null);
    }

    /// <summary>An unrecorded (infinite) bound stays unrecorded in the file.</summary>
    private static double? Recorded(double bound) => double.IsFinite(bound) ? bound : null;

    private ErrorModelFile ToFile() => new()
    {
        Levels = Levels,
        Direction = Direction,
        CalibrationId = CalibrationId,
        Targets = Targets,
        Actual = Actual,
        Loc = Loc,
        Scale = Scale,
        Nu = Nu,
        Band = Band.Any(h => h > 0) ? Band : null,
        Ks = Ks,
        SampleCounts = SampleCounts,
        Borrowed = Borrowed,
        PoolFrom = PoolFrom,
        PoolTo = PoolTo,
        SourceLevels = SourceLevels,
        KsP = KsP,
        NuDataWeight = NuDataWeight,
        Flags = Flags,
        ValueMin = Recorded(ValueMin),
        ValueMax = Recorded(ValueMax),
        WindowOhm = WindowOhm,
        SampleSource = SampleSource,
    };
}
