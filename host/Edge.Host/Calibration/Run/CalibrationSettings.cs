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

    /// <summary>Initialisation pulses (at <see cref="SweepWidthMs"/>).</summary>
    public int InitPulses { get; init; } = 20;

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

    /// <summary>The cell the calibration runs on.</summary>
    public int Cell { get; init; }

    /// <summary>Seed of the random level order (and of the virtual board when one is used).</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The effective FFP width, ms.</summary>
    public double EffectiveFfpWidthMs => FfpWidthMs ?? SweepWidthMs;
}
