// SPDX-License-Identifier: MIT
using Edge.Host.Programming;

namespace Edge.Host.Deploy;

/// <summary>What to deploy and where (the options of <c>edge deploy</c> the workflow itself needs).</summary>
public sealed record DeployRequest
{
    /// <summary>Calibration folder from <c>edge calibrate</c> (tables, level tables, samples).</summary>
    public required string CalibrationDirectory { get; init; }

    /// <summary>Error model from <c>edge fit</c>; null = fitted from the calibration's samples.</summary>
    public string? ErrorModelPath { get; init; }

    /// <summary>Calibrated level count; null = the error model's, else the calibration's largest.</summary>
    public int? Levels { get; init; }

    /// <summary>Bits per device; null = all calibrated levels.</summary>
    public int? Bits { get; init; }

    /// <summary>Programming scheme, one of <see cref="ProgrammingSchemes.Names"/>.</summary>
    public string Scheme { get; init; } = ProgrammingSchemes.Ffp;

    /// <summary>Deployment journal (SQLite).</summary>
    public required string JournalPath { get; init; }

    /// <summary>Output folder (deploy.json, per-layer CSV, plots).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Continue an interrupted deployment from the journal.</summary>
    public bool Resume { get; init; }

    /// <summary>Seed of the simulated prediction.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>True when the board is the in-process virtual board (its identity is not a board id).</summary>
    public bool VirtualBoard { get; init; }

    /// <summary>True when the in-process virtual board's cells are saved beside the journal, so it can be resumed like a real board.</summary>
    public bool VirtualBoardSaved { get; init; }
}
