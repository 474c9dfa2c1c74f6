// SPDX-License-Identifier: MIT
namespace Edge.Simulation.Transfer;

/// <summary>Accuracy of the programmed network at one bit count (results.json "points").</summary>
public sealed record TransferPoint(int Bits, int Levels, double AccuracyMean, double AccuracyStd, int Trials, IReadOnlyList<double> Accuracies);

/// <summary>results.json of <c>edge simulate transfer</c> (snake_case on disk).</summary>
public sealed record TransferResult
{
    public required string Model { get; init; }

    public required string Dataset { get; init; }

    public required string Range { get; init; }

    public required string Cells { get; init; }

    public required string Subtraction { get; init; }

    public required string Periphery { get; init; }

    public required long Parameters { get; init; }

    public required long Tiles { get; init; }

    public required double DigitalAccuracy { get; init; }

    public required int TestSamples { get; init; }

    public required int TrainSamples { get; init; }

    public required string WeightsSource { get; init; }

    public required int Epochs { get; init; }

    public required IReadOnlyList<TransferPoint> Points { get; init; }

    public required double SecondsWall { get; init; }

    public required double SecondsTraining { get; init; }

    public required int Seed { get; init; }

    public required IReadOnlyList<string> TrialSeeds { get; init; }

    public required string ErrorModelSource { get; init; }

    public required int ErrorModelLevels { get; init; }

    public required string ErrorModelCalibrationId { get; init; }

    /// <summary>
    /// Where the error model's samples came from (e.g. "array-ffp-seek: 256 cells, 66 per level": the cells' spread is
    /// in the model), or null for models that do not record it.
    /// </summary>
    public string? ErrorModelSamples { get; init; }

    /// <summary>The prediction beside a deployment's read-back (<c>--deployment</c>), or null.</summary>
    public TransferReadback? Readback { get; init; }
}
