// SPDX-License-Identifier: MIT
using Edge.Analog.Plan;
using Edge.Host.Deploy;

namespace Edge.Host.Bench;

/// <summary>One case at one bit count: the simulator's prediction beside what the deployed array reads back.</summary>
public sealed record TwinRow
{
    public required string Model { get; init; }

    public required string Dataset { get; init; }

    public required int Bits { get; init; }

    public required int TrainSamples { get; init; }

    public required int TestSamples { get; init; }

    public required double DigitalAccuracy { get; init; }

    /// <summary>Mean accuracy of the simulated programmings with the array error model.</summary>
    public required double SimulatedMean { get; init; }

    /// <summary>Sample standard deviation of those programmings' accuracies (the trial spread).</summary>
    public required double SimulatedStd { get; init; }

    public required int Trials { get; init; }

    /// <summary>Accuracy of the network rebuilt from the deployed cells' read-back resistances.</summary>
    public required double ReadbackAccuracy { get; init; }

    /// <summary>The single-cell model's prediction (mean, standard deviation over trials), when simulated.</summary>
    public double? SingleCellMean { get; init; }

    public double? SingleCellStd { get; init; }

    public required int Cells { get; init; }

    public required int CellsFailed { get; init; }

    /// <summary>The deployment's level error rms and the array model's prediction of it, levels of the deployed set.</summary>
    public required double LevelErrorRms { get; init; }

    public double? PredictedLevelErrorRms { get; init; }

    /// <summary>Wall time of the deployment (programming, read-back and its evaluations), s.</summary>
    public required double DeploySecondsWall { get; init; }

    /// <summary>The board's device time for the deployment, s.</summary>
    public required double DeviceSeconds { get; init; }

    /// <summary>Read back minus simulated mean, accuracy units (0.005 = half a point).</summary>
    public double ReadbackMinusSimulated => ReadbackAccuracy - SimulatedMean;

    /// <summary>Builds the row from the simulations and the deployment.</summary>
    public static TwinRow From(SimulationCase run, int bits, SimulatedNetwork simulated, SimulatedNetwork? singleCell, DeployReport deployed)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(simulated);
        ArgumentNullException.ThrowIfNull(deployed);
        var point = simulated.Points.Single(p => p.Bits == bits);
        var single = singleCell?.Points.Single(p => p.Bits == bits);
        return new TwinRow
        {
            Model = run.Model,
            Dataset = run.Dataset,
            Bits = bits,
            TrainSamples = simulated.TrainSamples,
            TestSamples = simulated.TestSamples,
            DigitalAccuracy = simulated.DigitalAccuracy,
            SimulatedMean = point.AccuracyMean,
            SimulatedStd = point.AccuracyStd,
            Trials = point.Trials,
            ReadbackAccuracy = deployed.ReadbackAccuracy,
            SingleCellMean = single?.AccuracyMean,
            SingleCellStd = single?.AccuracyStd,
            Cells = deployed.Cells,
            CellsFailed = deployed.CellsFailed,
            LevelErrorRms = deployed.LevelErrorRms,
            PredictedLevelErrorRms = deployed.PredictedLevelErrorRms,
            DeploySecondsWall = deployed.SecondsWall,
            DeviceSeconds = deployed.DeviceSeconds,
        };
    }
}
