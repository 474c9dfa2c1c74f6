// SPDX-License-Identifier: MIT
namespace Edge.Host.Calibration.Run;

/// <summary>
/// Every knob of a calibration run (recorded in the run database and summary.json). Defaults follow the paper
/// (METHOD.md §2-5) except where a note says why not.
/// </summary>
public sealed record CalibrationSettings
{
    /// <summary>The paper's 15 identical-pulse write voltages, V (magnitudes; the direction sets the sign).</summary>
    public static readonly double[] PaperVoltages = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0];

    /// <summary>Write voltages of the identical-pulse sweeps, V.</summary>
    public double[] VoltagesVolts { get; init; } = PaperVoltages;

    /// <summary>Pulses per sweep (paper: 100).</summary>
    public int SweepPulses { get; init; } = 100;

    /// <summary>Width of sweep pulses, ms (paper: 2000).</summary>
    public double SweepWidthMs { get; init; } = 2000;

    /// <summary>Repetitions per voltage and direction (paper: 5).</summary>
    public int Repetitions { get; init; } = 5;

    /// <summary>Initialisation voltage magnitude, V (paper: +-6 V loops to HRS/LRS).</summary>
    public double InitVolts { get; init; } = 6.0;

    /// <summary>
    /// Initialisation pulses per polarity of the +-6 V loop (at <see cref="SweepWidthMs"/>). 10: one 6 V, 2 s pulse
    /// closes at least 47 % of the distance to its bound on the paper device (k = 1 - exp(-sinh(0.6)) for tau = 2 s), so
    /// 10 leave 0.53^10 = 0.2 % of the window (+8 % overreach) whatever the history; the device model's own test protocol
    /// uses 20 + 20, which costs twice the initialisation time for no measurable difference.
    /// </summary>
    public int InitPulses { get; init; } = 10;

    /// <summary>Lower edge of the |dR| window, ohm (paper: 0.1).</summary>
    public double WindowLowOhms { get; init; } = 0.1;

    /// <summary>Upper edge of the |dR| window, ohm (paper: 0.3).</summary>
    public double WindowHighOhms { get; init; } = 0.3;

    /// <summary>
    /// Width of the FFP loop's pulses, ms. Default: the sweep width, because the table's voltages are read off |dR|
    /// measured at that width (the paper's 0.8 s loop needs sweeps at 0.8 s: pass both).
    /// </summary>
    public double? FfpWidthMs { get; init; }

    /// <summary>Full FFP potentiation/depression cycles run by the board.</summary>
    public int FfpCycles { get; init; } = 5;

    /// <summary>Level counts to segment (paper: 32, 128, 512).</summary>
    public int[] Levels { get; init; } = [32, 128, 512];

    /// <summary>Programming samples per level and direction for the CPD analysis and the error model.</summary>
    public int SamplesPerLevel { get; init; } = 8;

    /// <summary>
    /// Programming samples per level of every level program for the error model, spread over the array's cells and
    /// programmed with the deploy default scheme (FFP seek); 0 = the error model uses the single-cell ladder samples.
    /// 66 is the paper's count per level (METHOD.md §5).
    /// </summary>
    public int ArraySamplesPerLevel { get; init; } = 66;

    /// <summary>
    /// How the repeated level programming is sequenced (device time, see docs/calibration.md): <see
    /// cref="LevelSampling.Ladder"/> (default) initialises once per pass and programs every level in programming order,
    /// <see cref="LevelSampling.FromStart"/> initialises before every single sample (about 250 times the device time).
    /// </summary>
    public LevelSampling LevelSampling { get; init; } = LevelSampling.Ladder;

    /// <summary>
    /// Most FFP table refinement rounds (one board FFP run per direction each; 0 = the sweep-model table as is). Not in
    /// the paper: see docs/calibration.md.
    /// </summary>
    public int RefinementRounds { get; init; } = 6;

    /// <summary>The refinement stops once this fraction of judged cells has its median FFP step inside the window.</summary>
    public double RefinementInWindowFraction { get; init; } = 0.9;

    /// <summary>Width of the FFP table's resistance cells, ohm; null = the window centre (0.2 ohm by default).</summary>
    public double? TableCellOhms { get; init; }

    /// <summary>Pulse width of the FFP seek table, ms (the write-verify baseline's tuned width: same width, fair comparison).</summary>
    public double SeekWidthMs { get; init; } = 100;

    /// <summary>Pulses per sweep voltage and direction that measure the seek table's rates at <see cref="SeekWidthMs"/>.</summary>
    public int SeekRatePulses { get; init; } = 40;

    /// <summary>Voltages per direction in the seek table (evenly spaced over the swept range).</summary>
    public int SeekVoltages { get; init; } = 128;

    /// <summary>Largest predicted fraction of the gap one seek pulse may close (its step noise and overshoot need the rest).</summary>
    public double SeekAim { get; init; } = 0.8;

    /// <summary>The seek loop stops within this fraction of the local level spacing of the target.</summary>
    public double SeekBand { get; init; } = 0.25;

    /// <summary>Pulse bound per cell of the seek loop.</summary>
    public int SeekMaxPulses { get; init; } = 200;

    /// <summary>Array calibration: cells measured (null = every cell of the board, 0 = none).</summary>
    public int? ArrayCells { get; init; }

    /// <summary>Array calibration: pulses per +-6 V half-loop (more than <see cref="InitPulses"/>: the window read is the result).</summary>
    public int ArrayInitPulses { get; init; } = 16;

    /// <summary>Array calibration: the voltage of the rate pulses (low: small step noise, rare Joule overshoot).</summary>
    public double ArrayRateVolts { get; init; } = 1.0;

    /// <summary>Array calibration: rate pulses per direction (at the sweep width).</summary>
    public int ArrayRatePulses { get; init; } = 12;

    /// <summary>The cell the calibration runs on.</summary>
    public int Cell { get; init; }

    /// <summary>Seed of the random level order (and of the virtual board when one is used).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Device time of one initialisation loop (both polarities), s.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double InitSeconds => 2 * InitPulses * SweepWidthMs / 1000.0;

    /// <summary>The effective FFP width, ms.</summary>
    public double EffectiveFfpWidthMs => FfpWidthMs ?? SweepWidthMs;
}

/// <summary>How <c>edge calibrate</c> sequences the repeated level programming.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<LevelSampling>))]
public enum LevelSampling
{
    /// <summary>
    /// Per pass: initialise once, then program level 0, 1, ..., n-1 in programming order with PROGRAM_LEVEL, one sample
    /// per level. Each level is reached from the previous level's stop exactly as a deployment steps a cell, and the
    /// FFP loop's stop at a level depends only on the last pulses before it, so the samples have the same statistics as
    /// from-start programming at about 1/250 of the device time.
    /// </summary>
    Ladder,

    /// <summary>Initialise before every sample and program one randomly ordered level from the start (the literal
    /// reading of the paper's protocol; ~1000 device hours at the defaults).</summary>
    FromStart,
}
