// SPDX-License-Identifier: MIT
namespace Edge.Host.Programming;

/// <summary>One scheme's run in the comparison.</summary>
/// <param name="Scheme">Scheme name ("ffp", "write_verify").</param>
/// <param name="Statistics">The figures of the run.</param>
/// <param name="Outcomes">Every cell's outcome.</param>
/// <param name="LedgerPulses">Write pulses the virtual board's analog ledger counted during programming (must equal the outcomes' sum).</param>
/// <param name="SecondsWall">Wall-clock time of the programming, s.</param>
public sealed record SchemeRun(string Scheme, ProgrammingStatistics Statistics, IReadOnlyList<ProgrammingOutcome> Outcomes, long LedgerPulses, double SecondsWall)
{
    /// <summary>Pulse width the scheme ran at, ms.</summary>
    public double WidthMs { get; init; }

    /// <summary>ADC reads per cell during programming (the loop's reads and the final read-back).</summary>
    public double ReadsPerCellMean { get; init; }

    /// <summary>Write energy of the programming by the virtual board's ledger: sum of V^2 / R x width, J.</summary>
    public double EnergyJoules { get; init; }
}

/// <summary>Both schemes at one level count.</summary>
/// <param name="Levels">Requested level count n (the calibration's levels-n-direction.bin).</param>
/// <param name="ProgramLevels">Levels of that level program (segmentation's occupied levels).</param>
/// <param name="Ffp">The FFP run.</param>
/// <param name="WriteVerify">The write-verify run.</param>
/// <param name="Seek">The FFP seek run (null when the calibration has no seek table).</param>
public sealed record LevelComparison(int Levels, int ProgramLevels, SchemeRun Ffp, SchemeRun WriteVerify, SchemeRun? Seek = null);
